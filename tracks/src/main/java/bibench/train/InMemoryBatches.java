package bibench.train;

import bibench.data.Split;
import java.util.NoSuchElementException;

/** A {@link BatchSource} over a split's bulk arrays (no decoding, no background threads). */
final class InMemoryBatches implements BatchSource {
  private final Split split;

  InMemoryBatches(Split split) {
    this.split = split;
  }

  @Override
  public int size() {
    return split.size();
  }

  @Override
  public int[] sampleShape() {
    return split.sampleShape();
  }

  @Override
  public int[] labels() {
    return split.labels();
  }

  @Override
  public Pass pass(int[] order, int batchSize, long augmentSeed) {
    int per = split.sampleSize();
    float[] all = split.features();
    int[] labels = split.labels();
    return new Pass() {
      private int from;

      @Override
      public boolean hasNext() {
        return from < order.length;
      }

      @Override
      public Batch next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int to = Math.min(order.length, from + batchSize);
        float[] x = new float[(to - from) * per];
        long[] y = new long[to - from];
        for (int i = from; i < to; i++) {
          System.arraycopy(all, order[i] * per, x, (i - from) * per, per);
          y[i - from] = labels[order[i]];
        }
        from = to;
        return new Batch(x, y, y.length);
      }

      @Override
      public void close() {}
    };
  }
}
