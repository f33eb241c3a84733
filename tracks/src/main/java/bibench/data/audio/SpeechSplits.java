package bibench.data.audio;

import bibench.BadInputException;
import bibench.data.BalancedOrder;
import bibench.data.Split;
import bibench.data.io.MemoryBudget;
import bibench.data.io.SampleFiles;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns chosen WAV files into a split of log-mel features ({@link LogMel}, shape {32, 32}), and
 * standardises a train/test pair with the training statistics ({@link BandStandardizer}). Shared
 * by the speech tasks.
 */
public final class SpeechSplits {

  private static final int CHUNK = 512;

  private SpeechSplits() {}

  /**
   * A labelled candidate file.
   *
   * @param name its name in the {@link SampleFiles}
   * @param label its class index
   */
  public record Clip(String name, int label) {}

  /**
   * The features of a class-balanced subset of the clips ({@link BalancedOrder}), in that order.
   *
   * @throws BadInputException when there are no clips
   */
  public static Split features(SampleFiles files, List<Clip> clips, int classes, long seed,
      int max, String splitName, String setName) {
    if (clips.isEmpty()) {
      throw new BadInputException(
          "data set " + setName + ": the " + splitName + " split is empty (no WAV files for it in "
              + files.describe() + ")",
          "check that the folder holds the set's recordings");
    }
    int[] labels = clips.stream().mapToInt(Clip::label).toArray();
    int[] order = BalancedOrder.of(labels, classes, seed, max);
    int per = LogMel.N_MELS * LogMel.FRAMES;
    float[] x = MemoryBudget.floats((long) order.length * per, String.format(java.util.Locale.ROOT,
        "the %s split of %s (%,d clips)", splitName, setName, order.length), "lower max_train / max_test (or points) of the task in the suite");
    int[] y = new int[order.length];
    for (int start = 0; start < order.length; start += CHUNK) {
      int end = Math.min(order.length, start + CHUNK);
      List<String> names = new ArrayList<>(end - start);
      for (int i = start; i < end; i++) {
        names.add(clips.get(order[i]).name());
      }
      List<byte[]> bytes = files.read(names);
      for (int i = start; i < end; i++) {
        String where = files.where(names.get(i - start));
        WavDecoder.Audio audio = WavDecoder.decode(bytes.get(i - start), where);
        float[] feats = LogMel.features(Decimator.toRate(audio, LogMel.SAMPLE_RATE, where));
        requireFinite(feats, where);
        System.arraycopy(feats, 0, x, i * per, per);
        y[i] = labels[order[i]];
      }
    }
    return new Split(splitName, x, y, new int[] {LogMel.N_MELS, LogMel.FRAMES});
  }

  /** Features that are not finite come from samples far outside [-1, 1]: the file's fault. */
  private static void requireFinite(float[] feats, String where) {
    for (float f : feats) {
      if (!Float.isFinite(f)) {
        throw new BadInputException("WAV file " + where + " gives " + (Float.isNaN(f) ? "NaN"
            : "infinite") + " log-mel features: its samples lie far outside [-1, 1]",
            "replace it with an intact recording (float samples in [-1, 1])");
      }
    }
  }

  /** Train and test standardised with the training split's band statistics. */
  public static Split[] standardize(Split train, Split test) {
    BandStandardizer s = BandStandardizer.fit(train);
    return new Split[] {s.apply(train), s.apply(test)};
  }
}
