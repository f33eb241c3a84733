package bibench.harness.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.harness.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output folders that cannot take a run (issue 15, item 6): each is exit 2 with the path, the
 * reason and the fix, no stack trace, and no temporary file left. The full-disk and read-only
 * cases mount a small tmpfs (root only; elsewhere they report "unsupported" explicitly).
 */
class OutputFolderTest {
  @TempDir Path dir;

  /** A suite of one tiny optdigits row (shipped data); {@code width} sizes its checkpoint. */
  static String suite(int width) {
    String recipe = "{\"optimizer\": \"adam\", \"lr\": 0.002, \"epochs\": 1, \"batch_size\": 32}";
    return "{\"name\": \"out-test\", \"operators\": [\"bnn\"], \"tracks\": {\"learning_task\": {"
        + "\"defaults\": {\"fp32\": " + recipe + ", \"binary\": " + recipe + "}, \"tasks\": ["
        + "{\"task\": \"optdigits\", \"arch\": \"mlp\", \"width\": " + width
        + ", \"max_train\": 100, \"max_test\": 50}]}}}";
  }

  private String[] run(Path out) throws IOException {
    Path suite = Files.writeString(dir.resolve("suite.json"), suite(16));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"run", "--suite", suite.toString(), "--out", out.toString()},
        new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {String.valueOf(code), err.toString(StandardCharsets.UTF_8).strip()};
  }

  private static void assertRefused(String[] result, String path, String reason) {
    assertEquals("2", result[0], result[1]);
    assertEquals(1, result[1].lines().count(), result[1]);
    assertTrue(result[1].startsWith("error: cannot "), result[1]);
    assertTrue(result[1].contains(path), result[1]);
    assertTrue(result[1].contains(reason), result[1]);
    assertTrue(result[1].contains(". Fix: ") && result[1].contains("--out "), result[1]);
  }

  @Test
  void outNamingAFileIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "my notes\n");
    assertRefused(run(file), file.toString(), "is a file");
    assertEquals("my notes\n", Files.readString(file));
    assertRefused(run(file.resolve("sub")), file.toString(), "is a file");
  }

  @Test
  void outNamingDevNullIsRefused() throws IOException {
    assertRefused(run(Path.of("/dev/null")), "/dev/null", "is a file (or a device");
  }

  @Test
  void aNameLongerThanTheFileSystemAllowsIsRefused() throws IOException {
    Path longName = dir.resolve("r".repeat(300));
    String[] result = run(longName);
    assertRefused(result, "rrrrrrrr", "longer than the file system allows");
    assertTrue(result[1].length() < 800, result[1]);
    assertTrue(result[1].contains("r... (") && !result[1].contains("characters in all) ("), result[1]);
  }

  @Test
  void aModelCacheThatIsAFileIsRefusedNamingCacheDir() throws IOException {
    Path suite = Files.writeString(dir.resolve("suite.json"), suite(16));
    Path cache = Files.writeString(dir.resolve("cache.txt"), "not a folder\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"run", "--suite", suite.toString(), "--out", dir.resolve("out").toString(),
        "--cache-dir", cache.toString(), "--workers", "1"}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    String m = err.toString(StandardCharsets.UTF_8).strip();
    assertEquals(2, code, m);
    // checked before anything trains, so no model is lost to it
    assertEquals("error: --cache-dir '" + cache + "' is a file, not a folder. Fix: give --cache-dir a folder (it is "
        + "made when missing), or off to train every model", m);
    assertEquals("not a folder\n", Files.readString(cache));
    assertTrue(Files.notExists(dir.resolve("out")), "no run was started");
  }

  @Test
  void aFolderInsideProcIsRefused() throws IOException {
    assertRefused(run(Path.of("/proc/bibench-out")), "/proc/bibench-out", "refuses to create it");
  }

  @Test
  void aSymbolicLinkLoopIsRefused() throws IOException {
    Files.createSymbolicLink(dir.resolve("a"), dir.resolve("b"));
    Files.createSymbolicLink(dir.resolve("b"), dir.resolve("a"));
    assertRefused(run(dir.resolve("a").resolve("out")), dir.resolve("a").toString(), "loop");
  }

  @Test
  void aFileSystemWithoutFreeInodesIsAFullDisk() throws Exception {
    Path mnt = dir.resolve("inodes");
    try (TmpfsMount mount = TmpfsMount.of(mnt, "8m,nr_inodes=4")) {
      String[] result = run(mnt.resolve("out"));
      assertRefused(result, mnt.toString(), "the disk is full");
      assertTrue(mount.files().stream().noneMatch(f -> f.endsWith(".tmp")), mount.files().toString());
    }
  }

  @Test
  void aReadOnlyFileSystemIsRefused() throws Exception {
    Path mnt = dir.resolve("ro");
    try (TmpfsMount mount = TmpfsMount.of(mnt, "1m")) {
      Files.createDirectories(mnt.resolve("out"));
      mount.readOnly();
      assertRefused(run(mnt.resolve("out")), mnt.resolve("out").toString(), "Read-only file system");
      assertEquals(List.of(), mount.files());
    }
  }

  @Test
  void aFullDiskStopsWithExitTwoLeavesNoTemporaryFileAndTheRunResumesOnceThereIsSpace()
      throws Exception {
    Path mnt = dir.resolve("full");
    Path suite = Files.writeString(dir.resolve("big.json"), suite(1024));
    Map<String, String> env = Map.of("BIBENCH_CACHE", "off");
    try (TmpfsMount mount = TmpfsMount.of(mnt, "1m")) {
      String[] args = {"run", "--suite", suite.toString(), "--out", mnt.resolve("out").toString()};
      CliProcess full = CliProcess.run(env, dir, args);
      assertEquals(2, full.code(), full.err());
      assertTrue(full.message().startsWith("error: cannot save the trained model to " + mnt),
          full.message());
      assertTrue(full.message().contains("the disk is full"), full.message());
      assertTrue(full.message().contains("rerun the same command to resume"), full.message());
      assertFalse(full.hasStackTrace(), full.err());
      List<String> left = mount.files();
      assertTrue(left.stream().noneMatch(f -> f.endsWith(".tmp")), left.toString());
      assertTrue(left.stream().anyMatch(f -> f.endsWith("provenance.json")), left.toString());

      mount.resize("64m");
      CliProcess again = CliProcess.run(env, dir, args);
      assertEquals(0, again.code(), again.err());
      assertTrue(again.out().contains("resuming"), again.out());
      assertTrue(mount.files().stream().noneMatch(f -> f.endsWith(".tmp")));
    }
  }

  @Test
  void aNonAsciiOutUnderTheCLocaleIsRefused() throws Exception {
    Path suite = Files.writeString(dir.resolve("suite.json"), suite(16));
    CliProcess p = CliProcess.run(Map.of("LC_ALL", "C", "LANG", "C"), dir, "run", "--suite",
        suite.toString(), "--out", dir.resolve("résultats").toString());
    assertEquals(2, p.code(), p.err());
    assertTrue(p.message().contains("cannot be used as a path here"), p.message());
    assertTrue(p.message().contains("LC_ALL=C.UTF-8"), p.message());
    assertFalse(p.hasStackTrace(), p.err());
  }
}
