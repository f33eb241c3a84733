package bibench.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import bibench.data.Split;

/** Runs a model in evaluation mode over a split, each batch in its own manager. */
public final class Evaluation {
  private Evaluation() {}

  /** The logits of every sample, one row per sample. */
  public static float[][] logits(Block block, NDManager parent, Split split, int batchSize) {
    int[] order = Batches.identity(split.size());
    float[][] rows = new float[split.size()][];
    for (int from = 0; from < split.size(); from += batchSize) {
      int to = Math.min(split.size(), from + batchSize);
      try (NDManager batch = parent.newSubManager()) {
        NDArray x = Batches.features(batch, split, order, from, to);
        float[] values = block.forward(new ParameterStore(batch, false), new NDList(x), false).singletonOrThrow()
            .toFloatArray();
        int classes = values.length / (to - from);
        for (int i = from; i < to; i++) {
          rows[i] = java.util.Arrays.copyOfRange(values, (i - from) * classes, (i - from + 1) * classes);
        }
      }
    }
    return rows;
  }

  /** The arg-max class of every sample, or null when any logit is NaN or infinite. */
  public static int[] predict(Block block, NDManager parent, Split split, int batchSize) {
    return predict(block, parent, BatchSource.of(split), batchSize);
  }

  /** The same over any batch source, in sample order (a streamed split uses its evaluation view). */
  public static int[] predict(Block block, NDManager parent, BatchSource source, int batchSize) {
    int[] predictions = new int[source.size()];
    int from = 0;
    try (BatchSource.Pass pass = source.pass(Batches.identity(source.size()), batchSize, -1)) {
      while (pass.hasNext()) {
        Batch next = pass.next();
        try (NDManager batch = parent.newSubManager()) {
          NDArray x = batch.create(next.features(), Batches.shape(source.sampleShape(), next.size()));
          NDArray logits = block.forward(new ParameterStore(batch, false), new NDList(x), false).singletonOrThrow();
          if (!logits.isInfinite().logicalOr(logits.isNaN()).none().getBoolean()) {
            return null;
          }
          long[] best = logits.argMax(1).toLongArray();
          for (int i = 0; i < best.length; i++) {
            predictions[from + i] = (int) best[i];
          }
          from += next.size();
        }
      }
    }
    return predictions;
  }
}
