package bibench.operators.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class KernelThreadsTest {
  @Test
  void rangesCoverEachIndexOnce() {
    try (KernelThreads team = KernelThreads.create(3)) {
      for (int count : new int[] {0, 1, 2, 5, 100}) {
        AtomicIntegerArray hits = new AtomicIntegerArray(Math.max(count, 1));
        for (int rep = 0; rep < 20; rep++) {
          team.run(count, (part, from, to) -> {
            for (int i = from; i < to; i++) {
              hits.incrementAndGet(i);
            }
          });
        }
        for (int i = 0; i < count; i++) {
          assertEquals(20, hits.get(i), "index " + i + " of " + count);
        }
      }
    }
  }

  @Test
  void failureInATeamThreadReachesTheCaller() {
    try (KernelThreads team = KernelThreads.create(2)) {
      assertThrows(IllegalStateException.class, () -> team.run(10, (part, from, to) -> {
        if (part == 1) {
          throw new ArithmeticException("boom");
        }
      }));
    }
  }

  @Test
  void threadedKernelsGiveTheSameBitsAsOneThread() {
    Random r = new Random(5);
    float[] w = Reference.values(r, 40 * 16 * 9);
    float[] x = Reference.values(r, 2 * 16 * 12 * 12);
    try (KernelThreads team = KernelThreads.create(2)) {
      float[][] outs = new float[2][];
      int[][] bits = new int[2][];
      for (int t = 0; t < 2; t++) {
        BinaryConv2dKernel.Builder b = BinaryConv2dKernel.builder().setChannels(16, 40)
            .setKernelSize(3).optPadding(1).setInputSize(12, 12).setMaxBatch(2).setWeights(w)
            .optPath(KernelPath.VECTOR);
        BinaryConv2dKernel k = (t == 0 ? b : b.optThreads(team)).build();
        outs[t] = new float[k.outputLength(2)];
        k.forward(x, 2, outs[t]);
        bits[t] = new int[k.packedOutputLength(2)];
        k.forwardToPacked(x, 2, bits[t]);
      }
      assertArrayEquals(outs[0], outs[1], 0f);
      assertArrayEquals(bits[0], bits[1]);
      float[] lw = Reference.values(r, 300 * 200);
      float[] lx = Reference.values(r, 3 * 300);
      float[][] lin = new float[2][3 * 200];
      BinaryLinearKernel.builder().setFeatures(300, 200).setMaxBatch(3).setWeights(lw).build()
          .forward(lx, 3, lin[0]);
      BinaryLinearKernel.builder().setFeatures(300, 200).setMaxBatch(3).setWeights(lw)
          .optThreads(team).build().forward(lx, 3, lin[1]);
      assertArrayEquals(lin[0], lin[1], 0f);
      float[][] fc = new float[2][];
      for (int t = 0; t < 2; t++) {
        FloatConv2dKernel.Builder b = FloatConv2dKernel.builder().setChannels(16, 40)
            .setKernelSize(3).optPadding(1).setInputSize(12, 12).setMaxBatch(2).setWeights(w);
        FloatConv2dKernel k = (t == 0 ? b : b.optThreads(team)).build();
        fc[t] = new float[k.outputLength(2)];
        k.forward(x, 2, fc[t]);
      }
      assertArrayEquals(fc[0], fc[1], 0f);
    }
  }
}
