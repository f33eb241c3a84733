package bibench.harness.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A run's folder, {@code <out>/<run-id>/}, where the run id is the UTC start time and the short
 * commit; {@code <out>/latest} names the newest run.
 *
 * @param root the folder of all runs (default target/bibench)
 * @param runId this run's id
 */
public record RunDirectory(Path root, String runId) {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  /** The results file. */
  public static final String RESULTS = "results.csv";

  /** A new run id from the current UTC time and the short commit. */
  public static String newRunId(String shortCommit) {
    return STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)) + "-" + shortCommit;
  }

  /** The run's folder. */
  public Path dir() {
    return root.resolve(runId);
  }

  /** A file in the run's folder. */
  public Path file(String name) {
    return dir().resolve(name);
  }

  /** Creates the folder. */
  public RunDirectory create() {
    try {
      Files.createDirectories(dir());
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the run folder " + dir(), e);
    }
  }

  /** Points {@code <out>/latest} at this run (a symbolic link, or a text file where links fail). */
  public void markLatest() {
    Path latest = root.resolve("latest");
    try {
      Files.deleteIfExists(latest);
      Files.createSymbolicLink(latest, Path.of(runId));
    } catch (IOException | UnsupportedOperationException e) {
      AtomicFiles.writeString(root.resolve("latest.txt"), runId + "\n");
    }
  }
}
