package bibench.harness.hostile.data;

import java.util.Arrays;
import java.util.List;

/** Hostile tar and gzip files: the FSDD recordings packed as {@code fsdd/recordings.tar(.gz)}. */
final class ArchiveCases {

  private static final String TAR = "fsdd/recordings.tar";
  private static final String TGZ = "fsdd/recordings.tar.gz";

  private ArchiveCases() {}

  static List<HostileCase> all() {
    return List.of(
        tar("tar-negative-size", "issue",
            "2,560-byte tar, a member's base-256 size field negative", "negative size",
            new Writers.TarBuilder().custom("recordings/0_ann_5.wav", '0', 0, new byte[1024],
                h -> {
                  Arrays.fill(h, 124, 136, (byte) 0xff);
                  h[135] = 0;
                }).build()),
        tar("tar-pax-size-abc", "issue", "pax header with size=abc", "abc",
            GoodSets.fsddTar().paxRecords("13 size=abc\n\n", "recordings/1_ann_6.wav",
                GoodSets.clip(1, 8000)).build()),
        tar("tar-pax-length-1", "issue", "pax header whose record length is 1", "length of 1",
            GoodSets.fsddTar().paxRecords("1 size=3\n", "recordings/1_ann_6.wav",
                GoodSets.clip(1, 8000)).build()),
        tar("tar-overclaiming-member", "new", "a member claims 100 MB in a 23 KB tar", "truncated",
            GoodSets.fsddTar().custom("recordings/2_ann_6.wav", '0', 100_000_000L,
                GoodSets.clip(2, 8000), h -> { }).build()),
        tar("tar-member-outside", "new", "a member named ../../etc/x/0_ann_6.wav",
            "outside the archive's folder", GoodSets.fsddTar()
                .file("../../etc/x/0_ann_6.wav", GoodSets.clip(0, 8000)).build()),
        tar("tar-absolute-member", "new", "a member named /tmp/0_ann_7.wav",
            "outside the archive's folder", GoodSets.fsddTar()
                .file("/tmp/0_ann_7.wav", GoodSets.clip(0, 8000)).build()),
        tar("tar-member-twice", "new", "the same member twice", "appears twice",
            GoodSets.fsddTar().file("recordings/0_ann_5.wav", GoodSets.clip(4, 8000)).build()),
        tar("tar-no-end-marker", "new", "tar cut at a block boundary (no end-of-archive marker)",
            "end-of-archive marker", GoodSets.fsddTar().buildWithoutEnd()),
        tar("tar-bad-checksum", "new", "a header byte changed after its checksum", "checksum",
            corruptSecondHeader(GoodSets.fsddTar().build())),
        tar("tar-empty", "new", "an empty recordings.tar (0 bytes)", "is empty", new byte[0]),
        tar("tar-pax-8gb", "new", "a pax header claiming 8 GB", "exceeds",
            new Writers.TarBuilder().custom("PaxHeaders/x", 'x', (1L << 33) - 1, new byte[600],
                h -> { }).build()),
        new HostileCase("gzip-cut", "gzip", "held", "fsdd",
            "recordings.tar.gz cut 100 bytes short", TGZ, "cut short (truncated)",
            dir -> {
              byte[] gz = Writers.gzip(GoodSets.fsddTar().build());
              Writers.write(dir, TGZ, Arrays.copyOf(gz, gz.length - 100));
            }),
        new HostileCase("gzip-not-gzip", "gzip", "new", "fsdd",
            "recordings.tar.gz holding plain text", TGZ, "not gzip-compressed",
            dir -> Writers.write(dir, TGZ, "just some text, not gzip\n")),
        new HostileCase("gzip-empty", "gzip", "new", "fsdd", "an empty recordings.tar.gz", TGZ,
            "is empty", dir -> Writers.write(dir, TGZ, new byte[0])),
        new HostileCase("gzip-damaged", "gzip", "new", "fsdd",
            "recordings.tar.gz with 64 bytes of its deflate stream overwritten", TGZ, "damaged",
            dir -> {
              byte[] gz = Writers.gzip(GoodSets.fsddTar().build());
              Arrays.fill(gz, gz.length / 2, gz.length / 2 + 64, (byte) 0x55);
              Writers.write(dir, TGZ, gz);
            }));
  }

  private static HostileCase tar(String id, String origin, String input, String expected,
      byte[] tar) {
    return new HostileCase(id, "archive", origin, "fsdd", input, TAR, expected,
        dir -> Writers.write(dir, TAR, tar));
  }

  private static byte[] corruptSecondHeader(byte[] tar) {
    int second = 512 + (GoodSets.clip(0, 8000).length + 511) / 512 * 512;
    tar[second + 90] = 'Q';
    return tar;
  }
}
