package bibench.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * One split of a labelled data set, held in memory as bulk arrays (DJL trains fastest from bulk
 * arrays; a transform per record is slow).
 *
 * <p>{@code features} is row-major with {@code size() * sampleSize()} values: sample {@code i}
 * occupies {@code [i * sampleSize(), (i + 1) * sampleSize())} and has the shape {@code
 * sampleShape} (for example {@code {1, 28, 28}} for a gray image, {@code {3, 32, 32}} for colour,
 * {@code {64}} for 64 token ids, {@code {3, 1024}} for a point cloud). Images are scaled to [0, 1].
 * Token ids are stored as exact small integers in floats.
 *
 * @param name a short name such as {@code train} or {@code test}
 * @param features the samples, row-major
 * @param labels one class index per sample, in [0, classes)
 * @param sampleShape the shape of one sample
 */
public record Split(String name, float[] features, int[] labels, int[] sampleShape) {

  public Split {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(labels, "labels");
    sampleShape = sampleShape.clone();
    long per = 1;
    for (int d : sampleShape) {
      if (d <= 0) {
        throw new IllegalArgumentException("sample shape must be positive: " + Arrays.toString(sampleShape));
      }
      per *= d;
    }
    if ((long) labels.length * per != features.length) {
      throw new IllegalArgumentException(
          "split " + name + ": " + features.length + " values do not hold " + labels.length
              + " samples of shape " + Arrays.toString(sampleShape));
    }
  }

  /** Number of samples. */
  public int size() {
    return labels.length;
  }

  /** Number of values in one sample. */
  public int sampleSize() {
    int per = 1;
    for (int d : sampleShape) {
      per *= d;
    }
    return per;
  }

  @Override
  public int[] sampleShape() {
    return sampleShape.clone();
  }

  /** The samples at the given indices, in that order, as a new split with the same name. */
  public Split select(int[] indices) {
    int per = sampleSize();
    float[] x = new float[indices.length * per];
    int[] y = new int[indices.length];
    for (int i = 0; i < indices.length; i++) {
      System.arraycopy(features, indices[i] * per, x, i * per, per);
      y[i] = labels[indices[i]];
    }
    return new Split(name, x, y, sampleShape);
  }

  /** The first {@code n} samples (all of them when {@code n >= size()}). */
  public Split head(int n) {
    if (n >= size()) {
      return this;
    }
    int[] idx = new int[n];
    Arrays.setAll(idx, i -> i);
    return select(idx);
  }

  /** A copy with another name. */
  public Split renamed(String newName) {
    return new Split(newName, features, labels, sampleShape);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Split s
        && name.equals(s.name)
        && Arrays.equals(features, s.features)
        && Arrays.equals(labels, s.labels)
        && Arrays.equals(sampleShape, s.sampleShape);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, Arrays.hashCode(features), Arrays.hashCode(labels), Arrays.hashCode(sampleShape));
  }

  @Override
  public String toString() {
    return "Split[" + name + ", " + size() + " x " + Arrays.toString(sampleShape) + "]";
  }
}
