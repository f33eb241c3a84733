package bibench.train;

import bibench.data.image.lazy.LazySplit;
import java.util.ArrayDeque;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link BatchSource} that decodes a {@link LazySplit} in a bounded prefetch pipeline: {@code
 * workers} threads each decode whole batches, at most {@code depth} batches ahead of the training
 * loop, handed over in order. Memory is bounded by the window, not by the data set: about {@code
 * (depth + 1) * batchSize} decoded samples plus the labels.
 *
 * <p>Sample {@code i}'s augmentation draws from a generator seeded by the pass's seed and {@code
 * i} alone, so a pass yields the same batches whatever the number of workers or their timing. A
 * sample that cannot be decoded fails the pass with the split's own error (a {@code
 * BadInputException} naming the file).
 */
final class PrefetchingBatches implements BatchSource {
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final LazySplit split;
  private final int workers;
  private final int depth;

  PrefetchingBatches(LazySplit split, int workers, int depth) {
    if (workers < 1 || depth < 1) {
      throw new IllegalArgumentException("workers and depth must be positive: " + workers + ", " + depth);
    }
    this.split = split;
    this.workers = workers;
    this.depth = depth;
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
    return new Window(order, batchSize, augmentSeed);
  }

  private Batch decode(int[] order, int from, int to, long seed) {
    int per = split.sampleSize();
    int[] labels = split.labels();
    float[] x = new float[(to - from) * per];
    long[] y = new long[to - from];
    for (int i = from; i < to; i++) {
      int sample = order[i];
      SplittableRandom augment = seed < 0 ? null : new SplittableRandom(seed * 0x9E3779B97F4A7C15L + sample);
      split.decode(sample, x, (i - from) * per, augment);
      y[i - from] = labels[sample];
    }
    return new Batch(x, y, to - from);
  }

  /** One pass: a window of at most {@code depth} batches submitted ahead, taken in order. */
  private final class Window implements Pass {
    private final int[] order;
    private final int batchSize;
    private final long seed;
    private final ExecutorService pool;
    private final ArrayDeque<Future<Batch>> ahead = new ArrayDeque<>();
    private int nextFrom;

    Window(int[] order, int batchSize, long seed) {
      this.order = order.clone();
      this.batchSize = batchSize;
      this.seed = seed;
      this.pool = Executors.newFixedThreadPool(workers, r -> {
        Thread t = new Thread(r, "bibench-prefetch-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
      while (ahead.size() < depth && submitNext()) {
        // fill the window
      }
    }

    private boolean submitNext() {
      if (nextFrom >= order.length) {
        return false;
      }
      int from = nextFrom;
      int to = Math.min(order.length, from + batchSize);
      nextFrom = to;
      ahead.add(pool.submit(() -> decode(order, from, to, seed)));
      return true;
    }

    @Override
    public boolean hasNext() {
      return !ahead.isEmpty();
    }

    @Override
    public Batch next() {
      Future<Batch> head = ahead.poll();
      if (head == null) {
        throw new NoSuchElementException();
      }
      try {
        Batch batch = head.get();
        submitNext();
        return batch;
      } catch (ExecutionException e) {
        close();
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err; // such as OutOfMemoryError: the window (depth + 1 batches) does not fit the heap
        }
        throw new IllegalStateException("decoding a batch of " + split.name() + " failed", e.getCause());
      } catch (InterruptedException e) {
        close();
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for a batch of " + split.name(), e);
      }
    }

    @Override
    public void close() {
      ahead.forEach(f -> f.cancel(true));
      ahead.clear();
      pool.shutdownNow();
    }
  }
}
