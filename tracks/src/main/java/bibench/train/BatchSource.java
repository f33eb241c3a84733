package bibench.train;

import bibench.data.Split;
import bibench.data.image.lazy.LazySplit;
import java.util.Iterator;

/**
 * Where the training loop and the evaluation take their mini-batches from: a split held in memory
 * ({@link #of(Split)}, the batches {@link Batches} has always built) or a split streamed from disk
 * through a bounded prefetch pipeline ({@link #streamed}), so that memory does not grow with the
 * data set.
 */
public interface BatchSource {

  /** Number of samples. */
  int size();

  /** The shape of one sample. */
  int[] sampleShape();

  /** One class index per sample. */
  int[] labels();

  /**
   * The batches of one pass over the samples {@code order}, {@code batchSize} at a time (the last
   * one may be smaller). Close it to stop its background work early.
   *
   * @param augmentSeed seeds the random augmentation of this pass (streamed splits only), or -1
   *     for the deterministic evaluation view
   */
  Pass pass(int[] order, int batchSize, long augmentSeed);

  /** The batches of one pass, in order. */
  interface Pass extends Iterator<Batch>, AutoCloseable {
    @Override
    void close();
  }

  /** A split held in memory: each batch gathered from its arrays, as {@link Batches} does. */
  static BatchSource of(Split split) {
    return new InMemoryBatches(split);
  }

  /**
   * A split decoded on the fly by {@code workers} threads, at most {@code depth} batches ahead of
   * the consumer (memory: about {@code (depth + 1) * batchSize} decoded samples).
   */
  static BatchSource streamed(LazySplit split, int workers, int depth) {
    return new PrefetchingBatches(split, workers, depth);
  }
}
