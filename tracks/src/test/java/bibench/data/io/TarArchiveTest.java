package bibench.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.data.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarArchiveTest {

  private static final String LONG =
      "train/" + "a".repeat(120) + "/0001.jpg";

  private static byte[] sampleTar() {
    byte[] big = new byte[1300];
    Arrays.fill(big, (byte) 7);
    return new Fixtures.TarBuilder()
        .globalHeader("made by a test")
        .directory("train")
        .file("train/cat/0001.jpg", bytes("one"))
        .file("./train/dog/0002.jpg", big)
        .file(LONG, bytes("ustar prefix"))
        .paxFile("pax/" + "p".repeat(150) + ".wav", bytes("from pax"))
        .gnuLongNameFile("gnu/" + "g".repeat(150) + ".wav", bytes("from gnu"))
        .build();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void indexesRegularFilesWithAllNameForms() {
    TarArchive tar = TarArchive.ofBytes("mem", sampleTar());
    List<String> names = tar.entries().stream().map(TarArchive.Entry::name).toList();
    assertEquals(List.of("train/cat/0001.jpg", "train/dog/0002.jpg", LONG,
        "pax/" + "p".repeat(150) + ".wav", "gnu/" + "g".repeat(150) + ".wav"), names);
    List<byte[]> content = tar.read(tar.entries());
    assertArrayEquals(bytes("one"), content.get(0));
    assertEquals(1300, content.get(1).length);
    assertEquals(7, content.get(1)[1299]);
    assertArrayEquals(bytes("ustar prefix"), content.get(2));
    assertArrayEquals(bytes("from pax"), content.get(3));
    assertArrayEquals(bytes("from gnu"), content.get(4));
  }

  @Test
  void readsAPlainTarOnDiskInPlaceAndAGzipTarFromAFolder(@TempDir Path dir) {
    Fixtures.write(dir, "set/x.tar", sampleTar());
    Fixtures.write(dir, "set/x.tar.gz", Fixtures.gzip(sampleTar()));
    DiskFolder folder = new DiskFolder(dir.resolve("set"), "set", "get it", KnownFiles.of(List.of()));
    for (String rel : List.of("x.tar", "x.tar.gz")) {
      TarArchive tar = TarArchive.open(folder, rel);
      assertEquals(5, tar.entries().size());
      assertArrayEquals(bytes("from gnu"), tar.read(List.of(tar.entries().get(4))).get(0));
    }
  }

  @Test
  void aTruncatedTarFailsNamingTheArchive() {
    byte[] whole = sampleTar();
    byte[] cut = Arrays.copyOf(whole, 512 * 6 + 100);
    BadInputException e = assertThrows(BadInputException.class, () -> TarArchive.ofBytes("cut.tar", cut));
    assertTrue(e.getMessage().contains("cut.tar"), e.getMessage());
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }

  @Test
  void aFileThatIsNotATarFailsItsHeaderChecksum() {
    byte[] junk = new byte[2048];
    Arrays.fill(junk, (byte) 'x');
    BadInputException e = assertThrows(BadInputException.class, () -> TarArchive.ofBytes("junk.tar", junk));
    assertTrue(e.getMessage().contains("junk.tar"), e.getMessage());
    assertTrue(e.getMessage().contains("checksum"), e.getMessage());
  }

  @Test
  void sampleFilesFromATarAndFromAFolderGiveTheSameNames(@TempDir Path dir) {
    Fixtures.write(dir, "set/train/cat/0001.jpg", bytes("c1"));
    Fixtures.write(dir, "set/train/dog/0002.jpg", bytes("d2"));
    Fixtures.write(dir, "set/train/notes.txt", bytes("n"));
    Fixtures.write(dir, "set/train.tar", new Fixtures.TarBuilder()
        .file("train/dog/0002.jpg", bytes("d2"))
        .file("train/cat/0001.jpg", bytes("c1"))
        .file("train/notes.txt", bytes("n"))
        .build());
    DiskFolder folder = new DiskFolder(dir.resolve("set"), "set", "get it", KnownFiles.of(List.of()));
    SampleFiles fromDir = SampleFiles.directory(folder, "train", ".jpg");
    SampleFiles fromTar = SampleFiles.tar(folder, "train.tar", ".JPG");
    List<String> expected = List.of("train/cat/0001.jpg", "train/dog/0002.jpg");
    assertEquals(expected, fromDir.names());
    assertEquals(expected, fromTar.names());
    assertArrayEquals(bytes("d2"), fromTar.read(List.of("train/dog/0002.jpg")).get(0));
    assertArrayEquals(bytes("c1"), fromDir.read(List.of("train/cat/0001.jpg")).get(0));
    assertEquals("cat", SampleFiles.parentName("train/cat/0001.jpg"));
    assertEquals("0001.jpg", SampleFiles.baseName("train/cat/0001.jpg"));
  }
}
