package bibench.data.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KnownFilesTest {

  private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);
  // SHA-256("abc") from FIPS 180-2, appendix B.1.
  private static final String ABC_SHA =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void sha256MatchesThePublishedTestVector() throws Exception {
    assertEquals(ABC_SHA, KnownFiles.sha256(ABC));
    assertEquals(ABC_SHA, KnownFiles.sha256(new ByteArrayInputStream(ABC)));
  }

  @Test
  void acceptsIntactBytesWithAWholeOrPrefixDigest() {
    KnownFiles table = KnownFiles.of(List.of(
        new KnownFiles.Entry("set/a.txt", 3, ABC_SHA),
        new KnownFiles.Entry("set/b.wav", 3, ABC_SHA.substring(0, 16))));
    assertDoesNotThrow(() -> table.checkBytes("set/a.txt", "/d/set/a.txt", ABC, "get it"));
    assertDoesNotThrow(() -> table.checkBytes("set/b.wav", "/d/set/b.wav", ABC, "get it"));
  }

  @Test
  void damagedBytesFailNamingTheFileAndWhatWasExpected() {
    KnownFiles table = KnownFiles.of(List.of(new KnownFiles.Entry("set/a.txt", 3, ABC_SHA)));
    byte[] other = "abd".getBytes(StandardCharsets.US_ASCII);
    BadInputException e = assertThrows(BadInputException.class,
        () -> table.checkBytes("set/a.txt", "/d/set/a.txt", other, "Download it from X."));
    assertTrue(e.getMessage().contains("/d/set/a.txt"), e.getMessage());
    assertTrue(e.getMessage().contains("expected 3 bytes, SHA-256 " + ABC_SHA), e.getMessage());
    assertTrue(e.getMessage().contains("Download it from X."), e.getMessage());
  }

  @Test
  void wrongSizeFailsEvenWhenThePrefixWouldMatch() {
    KnownFiles table = KnownFiles.of(List.of(new KnownFiles.Entry("set/a.txt", 4, ABC_SHA)));
    assertThrows(BadInputException.class,
        () -> table.checkBytes("set/a.txt", "/d/set/a.txt", ABC, "get it"));
  }

  @Test
  void unknownFilesAreNotChecked() {
    KnownFiles table = KnownFiles.of(List.of());
    assertDoesNotThrow(() -> table.checkBytes("set/x", "/d/set/x", ABC, "get it"));
  }

  @Test
  void aStreamedFileIsHashedOnlyOncePerTable() {
    KnownFiles table = KnownFiles.of(List.of(new KnownFiles.Entry("set/a.txt", 3, ABC_SHA)));
    AtomicInteger opens = new AtomicInteger();
    KnownFiles.StreamOpener opener = () -> {
      opens.incrementAndGet();
      return new ByteArrayInputStream(ABC);
    };
    table.checkStream("set/a.txt", "/d/set/a.txt", opener, "get it");
    table.checkStream("set/a.txt", "/d/set/a.txt", opener, "get it");
    assertEquals(1, opens.get());
  }

  @Test
  void aDamagedStreamFailsEveryTime() {
    KnownFiles table = KnownFiles.of(List.of(new KnownFiles.Entry("set/a.txt", 3, ABC_SHA)));
    KnownFiles.StreamOpener opener = () -> new ByteArrayInputStream(new byte[] {1, 2, 3});
    assertThrows(BadInputException.class,
        () -> table.checkStream("set/a.txt", "/d/set/a.txt", opener, "get it"));
    assertThrows(BadInputException.class,
        () -> table.checkStream("set/a.txt", "/d/set/a.txt", opener, "get it"));
  }

  @Test
  void theBundledTableListsTheSharedAndShippedFiles() {
    KnownFiles t = KnownFiles.bundled();
    // Sizes as listed by ls in /work/shared/data and the shipped folder.
    assertEquals(26_421_856L, t.lookup("fashion-mnist/train-images-idx3-ubyte.gz").orElseThrow().size());
    assertEquals(77_240_320L, t.lookup("cifar10-jpg/train.tar").orElseThrow().size());
    assertEquals(57_512L, t.lookup("optdigits/digits.csv.gz").orElseThrow().size());
    assertEquals(16, t.lookup("fsdd/recordings/0_george_0.wav").orElseThrow().sha256().length());
    assertEquals(64, t.lookup("fsdd-subset/recordings.tar.gz").orElseThrow().sha256().length());
    assertEquals(3000, t.entries().stream().filter(e -> e.key().startsWith("fsdd/")).count());
    assertEquals(10_000, t.entries().stream().filter(e -> e.key().startsWith("cifar10-jpg/test/")).count());
  }
}
