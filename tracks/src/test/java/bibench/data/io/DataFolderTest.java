package bibench.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.data.Fixtures;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

  private static final String ABC_SHA =
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  private static DiskFolder folder(Path dir) {
    KnownFiles table = KnownFiles.of(List.of(
        new KnownFiles.Entry("myset/a.txt", 3, ABC_SHA),
        new KnownFiles.Entry("myset/big.bin", 3, ABC_SHA)));
    return new DiskFolder(dir.resolve("myset"), "myset", "Get it from https://example.org.", table);
  }

  @Test
  void aMissingKnownFileIsOneMessageWithWhatWasExpectedAndHowToGetIt(@TempDir Path dir) {
    DiskFolder f = folder(dir);
    BadInputException e = assertThrows(BadInputException.class, () -> f.readAllBytes("a.txt"));
    String m = e.getMessage();
    assertTrue(m.contains(dir.resolve("myset/a.txt").toAbsolutePath().toString()), m);
    assertTrue(m.contains("is missing"), m);
    assertTrue(m.contains("3 bytes, SHA-256 " + ABC_SHA), m);
    assertTrue(m.contains("Get it from https://example.org."), m);
  }

  @Test
  void aDamagedFileFailsWhetherReadWholeOrStreamed(@TempDir Path dir) {
    Fixtures.write(dir, "myset/a.txt", "abd");
    Fixtures.write(dir, "myset/big.bin", "xyz");
    DiskFolder f = folder(dir);
    assertTrue(assertThrows(BadInputException.class, () -> f.readAllBytes("a.txt"))
        .getMessage().contains("damaged"));
    assertTrue(assertThrows(BadInputException.class, () -> f.open("big.bin"))
        .getMessage().contains("big.bin"));
  }

  @Test
  void intactFilesReadBack(@TempDir Path dir) throws Exception {
    Fixtures.write(dir, "myset/a.txt", "abc");
    Fixtures.write(dir, "myset/big.bin", "abc");
    DiskFolder f = folder(dir);
    assertArrayEquals("abc".getBytes(StandardCharsets.US_ASCII), f.readAllBytes("a.txt"));
    try (InputStream in = f.open("big.bin")) {
      assertEquals("abc", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
    }
  }

  @Test
  void listsFilesRecursivelySortedBySuffix(@TempDir Path dir) {
    Fixtures.write(dir, "myset/b/2.wav", "x");
    Fixtures.write(dir, "myset/a/1.WAV", "x");
    Fixtures.write(dir, "myset/a/1.txt", "x");
    assertEquals(List.of("a/1.WAV", "b/2.wav"), folder(dir).listFiles("", ".wav"));
    BadInputException e = assertThrows(BadInputException.class, () -> folder(dir).listFiles("nope", ".wav"));
    assertTrue(e.getMessage().contains("nope"), e.getMessage());
  }

  @Test
  void shippedFilesAreReadFromTheClasspath() {
    ClasspathFolder f = new ClasspathFolder("optdigits", "get it", KnownFiles.bundled());
    assertTrue(f.exists("SOURCE.txt"));
    assertFalse(f.exists("nothing-here.txt"));
    // Size from ls of the shipped file; the bundled table checks its digest on the way.
    assertEquals(57_512, f.readAllBytes("digits.csv.gz").length);
    assertTrue(f.describe("digits.csv.gz").startsWith("classpath:bibench/datasets/optdigits/"));
  }
}
