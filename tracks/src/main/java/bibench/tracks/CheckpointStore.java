package bibench.tracks;

import bibench.data.TaskMetric;
import bibench.results.OutputFailure;
import bibench.train.TaskScore;
import bibench.train.TrainingOutcome;
import bibench.train.WeightSnapshot;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Trained models by their {@link ModelKey}, kept in memory, in the run's folder and, for FP32
 * models, in a cache shared by every run on this machine, so that every binarized cell of a task
 * starts from the same FP32 model, trained once; a resumed run does not train anything again; and a
 * rerun, another suite or another track that needs an FP32 model already trained (same plan, same
 * data, same training code: {@link ModelKey#storageName}) reuses it.
 *
 * <p>Files are written to a temporary name in the target folder and moved into place atomically,
 * so a killed run never leaves a torn checkpoint and concurrent worker processes never read half a
 * file (two workers training the same model write the same bytes; the last rename wins). An
 * unreadable file is retrained, never trusted.
 */
public final class CheckpointStore {
  private static final int FORMAT = 1;

  /** The environment variable naming the cross-run cache folder, or {@code off} to use none. */
  public static final String CACHE_ENV = "BIBENCH_CACHE";

  private final Path runDirectory;
  private final Path sharedDirectory;
  private final Map<String, TrainingOutcome> memory = new ConcurrentHashMap<>();

  /** A store in the run's folder only (no cross-run cache); {@code null} keeps models in memory only. */
  public CheckpointStore(Path runDirectory) {
    this(runDirectory, null);
  }

  /**
   * @param runDirectory the run's checkpoint folder, or null for memory only
   * @param sharedDirectory the cross-run cache of FP32 models, or null for none
   */
  public CheckpointStore(Path runDirectory, Path sharedDirectory) {
    this.runDirectory = runDirectory;
    this.sharedDirectory = sharedDirectory;
  }

  /**
   * The default cross-run cache folder: {@code $BIBENCH_CACHE}, else {@code
   * $XDG_CACHE_HOME/bibench/checkpoints}, else {@code ~/.cache/bibench/checkpoints}; empty when
   * {@code BIBENCH_CACHE=off}.
   */
  public static java.util.Optional<Path> defaultCacheDirectory() {
    String explicit = System.getenv(CACHE_ENV);
    if (explicit != null && !explicit.isBlank()) {
      return explicit.trim().equalsIgnoreCase("off") ? java.util.Optional.empty()
          : java.util.Optional.of(Path.of(explicit.trim()));
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return java.util.Optional.of(base.resolve("bibench").resolve("checkpoints"));
  }

  /** The cross-run cache folder, or null when there is none. */
  public Path sharedDirectory() {
    return sharedDirectory;
  }

  /**
   * The outcome stored under {@code storageName}, training it with {@code train} the first time.
   *
   * @param storageName the model's {@link ModelKey#storageName}
   * @param shareAcrossRuns true to look for and keep the model in the cross-run cache (FP32 models
   *     whose cells do not measure training time)
   */
  public synchronized TrainingOutcome getOrTrain(String storageName, boolean shareAcrossRuns,
      Supplier<TrainingOutcome> train) {
    TrainingOutcome known = memory.get(storageName);
    if (known != null) {
      return known;
    }
    Path inRun = runDirectory == null ? null : runDirectory.resolve(storageName + ".ckpt");
    Path shared = shareAcrossRuns && sharedDirectory != null ? sharedDirectory.resolve(storageName + ".ckpt") : null;
    known = readIfPresent(inRun);
    if (known == null) {
      known = readIfPresent(shared);
    }
    if (known == null) {
      known = train.get();
      Path target = shared != null ? shared : inRun;
      if (target != null) {
        write(target, known, shared != null ? "--cache-dir (or --cache-dir off, or " + CACHE_ENV + ")" : "--out");
      }
    }
    memory.put(storageName, known);
    return known;
  }

  private static TrainingOutcome readIfPresent(Path file) {
    if (file == null || !Files.isRegularFile(file)) {
      return null;
    }
    try {
      return read(file);
    } catch (IOException e) {
      return null; // an unreadable checkpoint is retrained, never trusted
    }
  }

  private static void write(Path file, TrainingOutcome outcome, String setting) {
    Path temp = null;
    try {
      Files.createDirectories(file.getParent());
      temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
        out.writeInt(FORMAT);
        TaskScore s = outcome.score();
        out.writeUTF(s.metric().name());
        out.writeDouble(s.score());
        out.writeDouble(s.accuracy());
        out.writeDouble(s.f1());
        out.writeDouble(s.matthews());
        out.writeInt(outcome.epochSeconds().length);
        for (double t : outcome.epochSeconds()) {
          out.writeDouble(t);
        }
        out.writeDouble(outcome.finalLoss());
        out.writeInt(outcome.divergedAtEpoch());
        out.writeBoolean(outcome.weights() != null);
        if (outcome.weights() != null) {
          outcome.weights().write(out);
        }
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw OutputFailure.of(file, "save the trained model to", e, setting);
    }
  }

  /** Removes a half-written temporary file (a full disk must not leave one behind). */
  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // the write's failure is what is reported
    }
  }

  private static TrainingOutcome read(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      if (in.readInt() != FORMAT) {
        throw new IOException("unknown checkpoint format");
      }
      TaskScore score = new TaskScore(TaskMetric.valueOf(in.readUTF()), in.readDouble(), in.readDouble(),
          in.readDouble(), in.readDouble());
      double[] seconds = new double[in.readInt()];
      for (int i = 0; i < seconds.length; i++) {
        seconds[i] = in.readDouble();
      }
      double loss = in.readDouble();
      int diverged = in.readInt();
      WeightSnapshot weights = in.readBoolean() ? WeightSnapshot.read(in) : null;
      return new TrainingOutcome(score, seconds, loss, diverged, weights);
    }
  }
}
