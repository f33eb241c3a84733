package bibench.harness.results;

import bibench.results.OutputFailure;
import java.io.IOException;
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

  /**
   * Creates a new run's folder in {@code root}, named by the current UTC time and the short commit.
   * Two runs started in the same second (two shards, say) get distinct folders: a suffix {@code -2},
   * {@code -3}, ... is added, and the folder is created atomically so no run ever shares one.
   */
  public static RunDirectory createNew(Path root, String shortCommit) {
    String base = STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)) + "-" + shortCommit;
    try {
      Files.createDirectories(root);
      for (int n = 1; ; n++) {
        RunDirectory run = new RunDirectory(root, n == 1 ? base : base + "-" + n);
        try {
          Files.createDirectory(run.dir());
          return run;
        } catch (java.nio.file.FileAlreadyExistsException taken) {
          // another run started in the same second: try the next suffix
        }
      }
    } catch (IOException e) {
      throw OutputFailure.of(root, "create a run folder in", e);
    }
  }

  /** The run's folder. */
  public Path dir() {
    return root.resolve(runId);
  }

  /** A file in the run's folder. */
  public Path file(String name) {
    return dir().resolve(name);
  }

  private static final String KEY_FILE = "run.key";
  private static final String COMPLETE_FILE = "COMPLETE";

  /**
   * The unfinished run in {@code root} made by the same command (same run key), if any: rerunning
   * a command after an interruption resumes its run instead of starting again.
   */
  public static java.util.Optional<RunDirectory> unfinished(Path root, String runKey) {
    if (!Files.isDirectory(root)) {
      return java.util.Optional.empty();
    }
    try (java.util.stream.Stream<Path> runs = Files.list(root)) {
      return runs.filter(Files::isDirectory)
          .filter(dir -> !Files.isSymbolicLink(dir))
          .filter(dir -> !Files.exists(dir.resolve(COMPLETE_FILE)))
          .filter(dir -> runKey.equals(readKey(dir)))
          .sorted()
          .map(dir -> new RunDirectory(root, dir.getFileName().toString()))
          .reduce((first, second) -> second);
    } catch (IOException e) {
      throw OutputFailure.of(root, "list the runs in", e);
    }
  }

  private static String readKey(Path dir) {
    try {
      return Files.readString(dir.resolve(KEY_FILE)).strip();
    } catch (IOException e) {
      return "";
    }
  }

  /** Records the key of the command that made this run. */
  public void writeKey(String runKey) {
    AtomicFiles.writeString(file(KEY_FILE), runKey + "\n");
  }

  /** Marks the run finished: it will not be resumed. */
  public void markComplete() {
    AtomicFiles.writeString(file(COMPLETE_FILE), "complete\n");
  }

  /**
   * Deletes temporary files a killed attempt left behind (a file being written when the process
   * died; the file it was replacing is intact).
   */
  public void removeStaleTemporaryFiles() {
    try (java.util.stream.Stream<Path> files = Files.walk(dir())) {
      for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw OutputFailure.of(dir(), "remove the temporary files of", e);
    }
  }

  /** Whether the run finished. */
  public boolean complete() {
    return Files.exists(file(COMPLETE_FILE));
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
