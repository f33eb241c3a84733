package bibench.tracks;

import bibench.data.TaskMetric;
import bibench.train.TaskScore;
import bibench.train.TrainingOutcome;
import bibench.train.WeightSnapshot;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Trained FP32 models, by the definition of their training, kept in memory and (when a folder is
 * given) on disk, so that every binarized cell of a task starts from the same FP32 model, trained
 * once, and a resumed run does not train it again. Files are written to a temporary name and moved
 * into place, so a killed run never leaves a torn checkpoint.
 */
public final class CheckpointStore {
  private static final int FORMAT = 1;
  private final Path directory;
  private final Map<String, TrainingOutcome> memory = new ConcurrentHashMap<>();

  /** @param directory where checkpoints are kept, or null for memory only */
  public CheckpointStore(Path directory) {
    this.directory = directory;
  }

  /** The outcome trained for {@code definition}, training it with {@code train} the first time. */
  public synchronized TrainingOutcome getOrTrain(String definition, Supplier<TrainingOutcome> train) {
    TrainingOutcome known = memory.get(definition);
    if (known != null) {
      return known;
    }
    Path file = directory == null ? null : directory.resolve(hash(definition) + ".ckpt");
    if (file != null && Files.isRegularFile(file)) {
      try {
        known = read(file);
      } catch (IOException e) {
        known = null; // an unreadable checkpoint is retrained, never trusted
      }
    }
    if (known == null) {
      known = train.get();
      if (file != null) {
        write(file, known);
      }
    }
    memory.put(definition, known);
    return known;
  }

  static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Path file, TrainingOutcome outcome) {
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
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
      throw new UncheckedIOException("cannot write checkpoint " + file, e);
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
