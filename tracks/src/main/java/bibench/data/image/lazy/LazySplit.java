package bibench.data.image.lazy;

import java.util.SplittableRandom;

/**
 * One split of a labelled data set whose samples are made on demand (read, decoded, resized,
 * cropped and augmented when asked for) instead of being held in memory, so that a data set
 * larger than memory can be trained on. Only the labels (one int per sample) are held.
 *
 * <p>Implementations must be safe to call from several threads at once (a prefetch pipeline
 * decodes batches in parallel), and {@link #decode} must be a pure function of the sample index
 * and the random generator it is given, so that a run is repeatable whatever the thread timing.
 */
public interface LazySplit {

  /** A short name such as {@code train} or {@code val}. */
  String name();

  /** Number of samples. */
  int size();

  /** The shape of one decoded sample, such as {@code {3, 224, 224}}. */
  int[] sampleShape();

  /** One class index per sample. */
  int[] labels();

  /**
   * Writes sample {@code index} into {@code dst} at {@code offset} ({@link #sampleSize()} values).
   *
   * @param augment the generator of this sample's random augmentation, or null for the
   *     deterministic evaluation view (for images: a centre crop, no flip)
   */
  void decode(int index, float[] dst, int offset, SplittableRandom augment);

  /** Number of values in one sample. */
  default int sampleSize() {
    int per = 1;
    for (int d : sampleShape()) {
      per *= d;
    }
    return per;
  }
}
