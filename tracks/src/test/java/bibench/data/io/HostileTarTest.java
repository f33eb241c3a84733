package bibench.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.data.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile tar archives (issue 15, item 4, and more of the kind): each is one {@link
 * BadInputException} naming the archive and the byte, never a loop, an allocation the file cannot
 * back, or another exception type. The timeouts only guard against the endless loop a negative
 * size used to cause; they measure nothing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileTarTest {

  private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);

  /** The 2,560-byte archive: one member whose base-256 size field is negative. */
  static byte[] negativeBase256Size() {
    return new Fixtures.TarBuilder()
        .custom("train/cat/0001.jpg", '0', 0, new byte[1024], h -> {
          Arrays.fill(h, 124, 136, (byte) 0xff);
          h[135] = 0;
        })
        .build();
  }

  private static BadInputException damaged(byte[] tar) {
    return assertThrows(BadInputException.class, () -> TarArchive.ofBytes("hostile.tar", tar));
  }

  private static void assertSays(BadInputException e, String... parts) {
    String m = e.getMessage();
    assertTrue(m.startsWith("tar archive hostile.tar is damaged: "), m);
    for (String part : parts) {
      assertTrue(m.contains(part), "expected '" + part + "' in: " + m);
    }
    assertTrue(m.contains("Fix: "), m);
    assertEquals(1, m.lines().count(), m);
  }

  @Test
  void aNegativeBase256SizeIsRefusedInsteadOfLoopingForever(@TempDir Path dir) {
    byte[] tar = negativeBase256Size();
    assertEquals(2560, tar.length);
    assertSays(damaged(tar), "negative size", "near byte 512");
    Path file = Fixtures.write(dir, "neg.tar", tar);
    BadInputException e = assertThrows(BadInputException.class, () -> TarArchive.ofFile(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void aPaxSizeThatIsNotANumberIsRefused() {
    byte[] tar = new Fixtures.TarBuilder().paxRecords("13 size=abc\n\n", "a.jpg", ABC).build();
    assertSays(damaged(tar), "abc");
  }

  @Test
  void aPaxRecordLengthOfOneIsRefusedWithItsByte() {
    byte[] tar = new Fixtures.TarBuilder().paxRecords("1 size=3\n", "a.jpg", ABC).build();
    assertSays(damaged(tar), "pax record at byte 512", "length of 1");
  }

  @Test
  void aPaxRecordLongerThanItsHeaderIsRefused() {
    byte[] tar = new Fixtures.TarBuilder().paxRecords("99 path=x.jpg\n", "a.jpg", ABC).build();
    assertSays(damaged(tar), "exceeds size of header record");
  }

  @Test
  void aPaxRecordWithoutKeyIsRefused() {
    byte[] tar = new Fixtures.TarBuilder().paxRecords("10 nokey\n\n", "a.jpg", ABC).build();
    assertSays(damaged(tar), "pax record at byte 512");
  }

  @Test
  void aPaxSizeLargerThanTheArchiveIsRefusedWithoutAllocatingIt() {
    byte[] tar = new Fixtures.TarBuilder().paxRecords("26 size=99999999999999999\n", "a.jpg", ABC)
        .build();
    damaged(tar);
  }

  @Test
  void aMemberClaimingMoreBytesThanTheFileHoldsIsTruncated() {
    byte[] tar = new Fixtures.TarBuilder().custom("a.jpg", '0', 100_000_000L, ABC, h -> { }).build();
    assertSays(damaged(tar), "truncated");
  }

  @Test
  void aHugePositiveBase256SizeIsTruncatedNotAllocated() {
    byte[] tar = new Fixtures.TarBuilder().custom("a.jpg", '0', 0, ABC, h -> {
      Arrays.fill(h, 124, 136, (byte) 0);
      h[124] = (byte) 0x80;
      h[128] = 0x40;
    }).build();
    damaged(tar);
  }

  @Test
  void anExtensionHeaderClaimingEightGigabytesIsRefused() {
    byte[] tar = new Fixtures.TarBuilder().custom("PaxHeaders/x", 'x', (1L << 33) - 1, ABC, h -> { })
        .build();
    damaged(tar);
  }

  @Test
  void membersNamedOutsideTheArchivesFolderAreRefused() {
    for (String name : List.of("../../etc/passwd.jpg", "/etc/x.jpg", "train/../../x.jpg")) {
      byte[] tar = new Fixtures.TarBuilder().file(name, ABC).build();
      assertSays(damaged(tar), "outside the archive's folder", name);
    }
  }

  @Test
  void aMemberNamedTwiceIsRefused() {
    byte[] tar = new Fixtures.TarBuilder().file("a/x.jpg", ABC).file("./a/x.jpg", ABC).build();
    assertSays(damaged(tar), "'a/x.jpg' appears twice", "bytes 0 and 1,024");
  }

  @Test
  void aHeaderWithABadChecksumIsRefused() {
    byte[] tar = new Fixtures.TarBuilder().file("a.jpg", ABC).file("b.jpg", ABC).build();
    tar[1024 + 30] = 'Q';
    assertSays(damaged(tar), "checksum");
  }

  @Test
  void anArchiveCutAtABlockBoundaryHasNoEndMarker() {
    byte[] tar = new Fixtures.TarBuilder().file("a.jpg", ABC).buildWithoutEnd();
    assertSays(damaged(tar), "end-of-archive marker", "byte 1,024");
  }

  @Test
  void anEmptyOrTinyFileIsNotATar() {
    assertSays(damaged(new byte[0]), "empty");
    assertSays(damaged("hello".getBytes(StandardCharsets.US_ASCII)), "truncated");
  }

  @Test
  void linksAndDevicesAreNotReadAsSamples() {
    byte[] tar = new Fixtures.TarBuilder()
        .custom("cat/evil.jpg", '2', 0, new byte[0], h -> h[157] = '/')
        .custom("cat/dev.jpg", '3', 0, new byte[0], h -> { })
        .file("cat/ok.jpg", ABC)
        .build();
    List<TarArchive.Entry> entries = TarArchive.ofBytes("t", tar).entries();
    assertEquals(List.of("cat/ok.jpg"), entries.stream().map(TarArchive.Entry::name).toList());
  }

  @Test
  void aGzipTarCutShortSaysSo(@TempDir Path dir) {
    byte[] whole = Fixtures.gzip(new Fixtures.TarBuilder().file("a.jpg", new byte[5000]).build());
    Fixtures.write(dir, "set/x.tar.gz", Arrays.copyOf(whole, whole.length - 12));
    DiskFolder folder = new DiskFolder(dir.resolve("set"), "set", "Get it.", KnownFiles.of(List.of()));
    BadInputException e = assertThrows(BadInputException.class, () -> TarArchive.open(folder, "x.tar.gz"));
    assertTrue(e.getMessage().contains("cut short (truncated)"), e.getMessage());
    assertTrue(e.getMessage().contains("x.tar.gz"), e.getMessage());
  }

  @Test
  void aGzipTarNamedDotTarIsStillRead(@TempDir Path dir) {
    Fixtures.write(dir, "set/x.tar",
        Fixtures.gzip(new Fixtures.TarBuilder().file("a/b.jpg", ABC).build()));
    DiskFolder folder = new DiskFolder(dir.resolve("set"), "set", "Get it.", KnownFiles.of(List.of()));
    assertEquals("a/b.jpg", TarArchive.open(folder, "x.tar").entries().get(0).name());
  }
}
