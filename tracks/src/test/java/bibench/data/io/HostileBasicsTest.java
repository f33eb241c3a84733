package bibench.data.io;

import bibench.Excerpt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.data.Fixtures;
import bibench.data.points.OffMesh;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The small pieces behind the hostile-input messages: quoting, budgets, gzip bombs. */
class HostileBasicsTest {

  @Test
  void anExcerptIsOneLineOfAtMostTwoHundredCharactersAndSaysHowLongTheValueWas() {
    String line = "a\tb\nc" + "x".repeat(52_000_000);
    String quoted = Excerpt.of(line);
    assertTrue(quoted.startsWith("a\\tb\\nc"), quoted);
    assertTrue(quoted.endsWith("... (52,000,005 characters in all)"), quoted);
    assertTrue(quoted.length() < Excerpt.MAX + 50, quoted.length() + "");
    assertEquals("'\\u0000'", Excerpt.quoted("\0"));
    assertEquals("short", Excerpt.of("short"));
  }

  @Test
  void aGzipBombStopsAtTheLimitInsteadOfFillingTheHeap() {
    byte[] bomb = Fixtures.gzip(new byte[10_000_000]);
    assertTrue(bomb.length < 20_000, bomb.length + " bytes");
    BadInputException e = assertThrows(BadInputException.class,
        () -> Gzip.gunzip(bomb, "/d/bomb.gz", "replace it", 1_000_000));
    assertTrue(e.getMessage().contains("expands to more than"), e.getMessage());
    assertTrue(e.getMessage().contains("/d/bomb.gz"), e.getMessage());
    assertEquals(10_000_000, Gzip.gunzip(bomb, "/d/bomb.gz", "replace it").length);
  }

  @Test
  void aRequestLargerThanAnArrayOrTheHeapIsRefusedByName() {
    BadInputException array = assertThrows(BadInputException.class,
        () -> MemoryBudget.require(3L << 30, "reading x", "give less"));
    assertTrue(array.getMessage().contains("more than a Java array holds"), array.getMessage());
    long tooMuch = Math.min(MemoryBudget.MAX_ARRAY, MemoryBudget.heapAvailable() + (1L << 20));
    if (tooMuch > MemoryBudget.heapAvailable()) {
      BadInputException heap = assertThrows(BadInputException.class,
          () -> MemoryBudget.require(tooMuch, "reading y", "give less"));
      assertTrue(heap.getMessage().contains("-Xmx"), heap.getMessage());
    }
    MemoryBudget.require(1024, "reading z", "nothing");
    BadInputException overflow = assertThrows(BadInputException.class,
        () -> MemoryBudget.floats(3L * 10_000 * 1_000_000, "the train split of x", "lower points"));
    assertTrue(overflow.getMessage().contains("30,000,000,000 values"), overflow.getMessage());
    assertEquals(12, MemoryBudget.floats(12, "a few", "none").length);
    assertEquals("3.0 GiB", MemoryBudget.bytes(3L << 30));
  }

  @Test
  void anOffFileAsShortAsItCanBeStillParses() {
    byte[] tight = "OFF\n3 1 0\n0 0 0\n1 0 0\n0 1 0\n3 0 1 2".getBytes(StandardCharsets.US_ASCII);
    assertEquals(3, OffMesh.parse(tight, "tight.off").triangles().length);
  }

  @Test
  void wellFormedPaxRecordsPass() {
    byte[] records = "29 path=recordings/0_a_1.wav\n19 comment=made by\n"
        .getBytes(StandardCharsets.UTF_8);
    assertEquals(null, PaxCheck.records(records, 512));
    assertTrue(PaxCheck.records("5 a=b\n".getBytes(StandardCharsets.UTF_8), 0)
        .contains("declares a length of 5 that does not end at a newline"));
  }
}
