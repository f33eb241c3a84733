package bibench.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import bibench.BadInputException;
import bibench.data.Split;
import bibench.data.image.lazy.LazySplit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchSourceTest {

  /** Sample i is {i, i + r} with r drawn from its augmentation generator (0 without one). */
  private static final class Counting implements LazySplit {
    final AtomicInteger decoded = new AtomicInteger();
    final int size;
    final int failAt;

    Counting(int size, int failAt) {
      this.size = size;
      this.failAt = failAt;
    }

    @Override
    public String name() {
      return "train";
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public int[] sampleShape() {
      return new int[] {2};
    }

    @Override
    public int[] labels() {
      int[] y = new int[size];
      for (int i = 0; i < size; i++) {
        y[i] = i % 3;
      }
      return y;
    }

    @Override
    public void decode(int index, float[] dst, int offset, SplittableRandom augment) {
      if (index == failAt) {
        throw new BadInputException("image train/" + index + ".JPEG is damaged", "replace it");
      }
      decoded.incrementAndGet();
      dst[offset] = index;
      dst[offset + 1] = index + (augment == null ? 0 : augment.nextInt(1000));
    }
  }

  private static List<Batch> all(BatchSource source, int[] order, int batch, long seed) {
    List<Batch> out = new ArrayList<>();
    try (BatchSource.Pass pass = source.pass(order, batch, seed)) {
      pass.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void streamedBatchesComeInOrderAndDoNotDependOnTheNumberOfWorkers() {
    int[] shuffled = new int[50];
    for (int i = 0; i < 50; i++) {
      shuffled[i] = (i * 17) % 50;
    }
    List<Batch> one = all(BatchSource.streamed(new Counting(50, -1), 1, 1), shuffled, 8, 5);
    List<Batch> three = all(BatchSource.streamed(new Counting(50, -1), 3, 4), shuffled, 8, 5);
    assertEquals(7, one.size());
    assertEquals(2, one.get(6).size());
    for (int b = 0; b < one.size(); b++) {
      assertArrayEquals(one.get(b).features(), three.get(b).features());
      assertArrayEquals(one.get(b).labels(), three.get(b).labels());
      for (int i = 0; i < one.get(b).size(); i++) {
        assertEquals(shuffled[b * 8 + i], one.get(b).features()[2 * i]);
        assertEquals(shuffled[b * 8 + i] % 3, one.get(b).labels()[i]);
      }
    }
    List<Batch> otherSeed = all(BatchSource.streamed(new Counting(50, -1), 2, 2), shuffled, 8, 6);
    assertTrue(!java.util.Arrays.equals(one.get(0).features(), otherSeed.get(0).features()));
  }

  @Test
  void theWindowNeverRunsMoreThanDepthBatchesAheadOfTheConsumer() {
    Counting split = new Counting(200, -1);
    int depth = 3;
    int batch = 10;
    int consumed = 0;
    try (BatchSource.Pass pass = BatchSource.streamed(split, 2, depth).pass(Batches.identity(200), batch, 1)) {
      while (pass.hasNext()) {
        consumed += pass.next().size();
        assertTrue(split.decoded.get() <= consumed + depth * batch,
            split.decoded.get() + " decoded with " + consumed + " consumed");
      }
    }
    assertEquals(200, consumed);
  }

  @Test
  void aSampleThatCannotBeDecodedFailsThePassWithItsOwnMessage() {
    BatchSource source = BatchSource.streamed(new Counting(40, 23), 2, 2);
    BadInputException e = assertThrows(BadInputException.class, () -> all(source, Batches.identity(40), 8, 1));
    assertTrue(e.getMessage().contains("train/23.JPEG"), e.getMessage());
  }

  @Test
  void inMemoryBatchesAreTheArraysBatchesHasAlwaysBuilt() {
    float[] x = new float[12 * 3];
    for (int i = 0; i < x.length; i++) {
      x[i] = i * 0.5f;
    }
    int[] y = {0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2};
    Split split = new Split("train", x, y, new int[] {3});
    int[] order = {5, 2, 11, 0, 7, 3, 9, 1, 4, 10, 6, 8};
    try (NDManager m = NDManager.newBaseManager()) {
      int from = 0;
      for (Batch b : all(BatchSource.of(split), order, 5, -1)) {
        int to = from + b.size();
        assertArrayEquals(Batches.features(m, split, order, from, to).toFloatArray(), b.features());
        assertArrayEquals(Batches.labels(m, split, order, from, to).toLongArray(), b.labels());
        from = to;
      }
      assertEquals(12, from);
    }
  }
}
