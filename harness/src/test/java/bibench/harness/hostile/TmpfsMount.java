package bibench.harness.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs mounted for a test (a full disk, a read-only file system). Mounting needs root and
 * a kernel that allows it; where it is impossible the test is aborted with an explicit
 * "unsupported" assumption message naming why, never skipped silently.
 */
final class TmpfsMount implements AutoCloseable {
  private final Path dir;

  private TmpfsMount(Path dir) {
    this.dir = dir;
  }

  /** Mounts a tmpfs of {@code size} (such as {@code 1m}) on {@code dir}, or aborts the test. */
  static TmpfsMount of(Path dir, String size) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    String failure = exec("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString());
    Assumptions.assumeTrue(failure == null,
        "unsupported on this machine: cannot mount a tmpfs on " + dir + " (needs root): " + failure);
    return new TmpfsMount(dir);
  }

  /** Makes it read-only (mount -o remount,ro), or aborts the test. */
  void readOnly() throws IOException, InterruptedException {
    String failure = exec("mount", "-o", "remount,ro", dir.toString());
    Assumptions.assumeTrue(failure == null,
        "unsupported on this machine: cannot remount " + dir + " read-only: " + failure);
  }

  /** Gives it a new size (mount -o remount,size=...). */
  void resize(String size) throws IOException, InterruptedException {
    String failure = exec("mount", "-o", "remount,size=" + size, dir.toString());
    if (failure != null) {
      throw new IllegalStateException("cannot resize " + dir + ": " + failure);
    }
  }

  /** Every file under the mount, as paths relative to it. */
  List<String> files() throws IOException {
    List<String> all = new ArrayList<>();
    try (var walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).forEach(p -> all.add(dir.relativize(p).toString()));
    }
    return all;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    String failure = exec("umount", dir.toString());
    if (failure != null) {
      exec("umount", "-l", dir.toString());
    }
  }

  /** Runs a command; null when it succeeded, else its output. */
  private static String exec(String... command) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      return e.getMessage();
    }
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    return p.waitFor() == 0 ? null : "exit " + p.exitValue() + ": " + output;
  }
}
