package bibench.harness.results;

import bibench.results.OutputFailure;
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

  /**
   * Creates a new run's folder in {@code root}, named by the current UTC time and the short commit.
   * Two runs started in the same second (two shards, say) get distinct folders: a suffix {@code -2},
   * {@code -3}, ... is added, and the folder is created atomically so no run ever shares one.
   */
  public static RunDirectory createNew(Path root, String shortCommit) {
    return createNew(root, shortCommit, (run, dir) -> { });
  }

  /** Writes a new run's first files into its (not yet visible) folder. */
  @FunctionalInterface
  public interface Filler {
    /** Writes into {@code dir}, the folder that becomes {@code run}'s. */
    void fill(RunDirectory run, Path dir) throws IOException;
  }

  /**
   * Creates a new run's folder as {@link #createNew(Path, String)} does, filled atomically: {@code
   * filler} writes into a hidden staging folder ({@code .starting-<run-id>}), which is then renamed
   * to the run's name. A process killed at any moment leaves either no run folder or one with every
   * file the filler wrote; a staging folder left behind is removed by {@link
   * #removeAbandonedStarts}.
   */
  public static RunDirectory createNew(Path root, String shortCommit, Filler filler) {
    String base = STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)) + "-" + shortCommit;
    try {
      Files.createDirectories(root);
      for (int n = 1; ; n++) {
        RunDirectory run = new RunDirectory(root, n == 1 ? base : base + "-" + n);
        Path staging = root.resolve(STAGING + run.runId());
        try {
          Files.createDirectory(staging);
        } catch (java.nio.file.FileAlreadyExistsException taken) {
          continue; // another run is starting with this name
        }
        if (Files.exists(run.dir())) {
          Files.delete(staging);
          continue; // a run started in the same second: try the next suffix
        }
        try {
          filler.fill(run, staging);
          Files.move(staging, run.dir(), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
          deleteTree(staging);
          throw e;
        }
        return run;
      }
    } catch (IOException e) {
      throw OutputFailure.of(root, "create a run folder in", e);
    }
  }

  /** The prefix of a run folder being filled. */
  private static final String STAGING = ".starting-";

  /**
   * Deletes the staging folders of runs killed while their first files were written (call it with
   * the output folder's lock held, so no start is under way).
   */
  public static void removeAbandonedStarts(Path root) {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (java.util.stream.Stream<Path> entries = Files.list(root)) {
      for (Path p : entries.filter(e -> e.getFileName().toString().startsWith(STAGING)).toList()) {
        deleteTree(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clean " + root, e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
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

  /** The file that holds the key of the command that made the run. */
  public static final String KEY_FILE = "run.key";
  /** The marker of a finished run. */
  public static final String COMPLETE_FILE = "COMPLETE";

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
          .filter(dir -> !Files.isSymbolicLink(dir) && !dir.getFileName().toString().startsWith("."))
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
