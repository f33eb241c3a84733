package bibench.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import bibench.data.Split;

/** Builds engine batches straight from a split's bulk arrays (no per-record pipeline). */
public final class Batches {
  private Batches() {}

  /** Features of the samples {@code order[from..to)} as one (batch, sample shape...) array. */
  public static NDArray features(NDManager manager, Split split, int[] order, int from, int to) {
    int per = split.sampleSize();
    float[] x = new float[(to - from) * per];
    float[] all = split.features();
    for (int i = from; i < to; i++) {
      System.arraycopy(all, order[i] * per, x, (i - from) * per, per);
    }
    return manager.create(x, shape(split, to - from));
  }

  /** Labels of the samples {@code order[from..to)} as int64. */
  public static NDArray labels(NDManager manager, Split split, int[] order, int from, int to) {
    long[] y = new long[to - from];
    int[] labels = split.labels();
    for (int i = from; i < to; i++) {
      y[i - from] = labels[order[i]];
    }
    return manager.create(y);
  }

  /** The shape of a batch of {@code n} samples. */
  public static Shape shape(Split split, int n) {
    return shape(split.sampleShape(), n);
  }

  /** The shape of a batch of {@code n} samples of the given shape. */
  public static Shape shape(int[] sample, int n) {
    long[] dims = new long[sample.length + 1];
    dims[0] = n;
    for (int i = 0; i < sample.length; i++) {
      dims[i + 1] = sample[i];
    }
    return new Shape(dims);
  }

  /** 0, 1, ..., n - 1. */
  public static int[] identity(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    return order;
  }
}
