package bibench.operators.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Kernel calls allocate nothing once compiled. Before the JIT compiles the Vector API code,
 * vectors are real objects, so each case warms up and then measures rounds of 50 calls until a
 * round allocates 0 bytes or 10 s have passed (C2 compiles large methods in the background); a
 * kernel that allocates on every call never gets there and fails.
 */
class KernelAllocationTest {
  private static final com.sun.management.ThreadMXBean MX =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private static long bytesOf(Runnable call) {
    long before = MX.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < 50; i++) {
      call.run();
    }
    return MX.getCurrentThreadAllocatedBytes() - before;
  }

  /** The smallest allocation of a round of 50 calls, over rounds for up to 10 s after warm-up. */
  private static long settledBytes(Runnable call) {
    for (int i = 0; i < 1500; i++) {
      call.run();
    }
    long deadline = System.nanoTime() + 10_000_000_000L;
    long least = Long.MAX_VALUE;
    while (least > 0 && System.nanoTime() < deadline) {
      least = Math.min(least, bytesOf(call));
    }
    return least;
  }

  @ParameterizedTest
  @EnumSource(KernelPath.class)
  void binaryConvAllocatesNothingPerCall(KernelPath path) {
    Random r = new Random(1);
    int batch = 2;
    BinaryConv2dKernel k = BinaryConv2dKernel.builder().setChannels(24, 20).setKernelSize(3)
        .optPadding(1).setInputSize(7, 7).setMaxBatch(batch)
        .setWeights(Reference.values(r, 20 * 24 * 9)).optMultiplier(Reference.values(r, 20))
        .optBias(Reference.values(r, 20)).optThreshold(Reference.values(r, 24))
        .optXnorInputScale(true)
        .optSpatialFactors(Reference.uniform(r, 7, 0, 1), Reference.uniform(r, 7, 0, 1))
        .optPath(path).build();
    float[] x = Reference.values(r, batch * 24 * 49);
    float[] y = new float[k.outputLength(batch)];
    int[] bits = new int[k.packedOutputLength(batch)];
    assertEquals(0, settledBytes(() -> {
      k.forward(x, batch, y);
      k.forwardToPacked(x, batch, bits);
    }), path + " binary conv");
  }

  @ParameterizedTest
  @EnumSource(KernelPath.class)
  void binaryLinearAndGemmAllocateNothingPerCall(KernelPath path) {
    Random r = new Random(2);
    int batch = 3;
    BinaryLinearKernel k = BinaryLinearKernel.builder().setFeatures(100, 70).setMaxBatch(batch)
        .setWeights(Reference.values(r, 7000)).optXnorInputScale(true).optPath(path).build();
    float[] x = Reference.values(r, batch * 100);
    float[] y = new float[batch * 70];
    int[] bits = new int[k.packedOutputLength(batch)];
    BinaryGemm g = BinaryGemm.create(20, 70, 100, path);
    int[] a = g.packA(Reference.values(r, 2000));
    int[] b = g.packB(Reference.values(r, 7000));
    float[] c = new float[20 * 70];
    assertEquals(0, settledBytes(() -> {
      k.forward(x, batch, y);
      k.forwardToPacked(x, batch, bits);
      g.multiply(a, b, c);
    }), path + " binary linear / gemm");
  }

  @ParameterizedTest
  @EnumSource(KernelPath.class)
  void floatKernelsAllocateNothingPerCall(KernelPath path) {
    Random r = new Random(3);
    FloatConv2dKernel conv = FloatConv2dKernel.builder().setChannels(8, 12).setKernelSize(3)
        .optPadding(1).setInputSize(7, 7).setMaxBatch(1)
        .setWeights(Reference.values(r, 12 * 8 * 9)).optPath(path).build();
    FloatLinearKernel lin = FloatLinearKernel.builder().setFeatures(50, 70).setMaxBatch(2)
        .setWeights(Reference.values(r, 3500)).optPath(path).build();
    FloatGemm g = FloatGemm.create(9, 70, 40, path);
    float[] x = Reference.values(r, 8 * 49);
    float[] y = new float[12 * 49];
    float[] lx = Reference.values(r, 100);
    float[] ly = new float[140];
    float[] a = Reference.values(r, 360);
    float[] b = Reference.values(r, 2800);
    float[] c = new float[630];
    assertEquals(0, settledBytes(() -> {
      conv.forward(x, 1, y);
      lin.forward(lx, 2, ly);
      g.multiply(a, b, c);
    }), path + " float kernels");
  }

  @ParameterizedTest
  @EnumSource(KernelPath.class)
  void ternaryConvAndGemmAllocateNothingPerCall(KernelPath path) {
    Random r = new Random(4);
    int batch = 2;
    BinaryConv2dKernel k = BinaryConv2dKernel.builder().setChannels(40, 20).setKernelSize(3)
        .optPadding(1).setInputSize(9, 9).setMaxBatch(batch)
        .setWeights(Reference.trits(r, 20 * 40 * 9, 0.5f)).optTernaryWeights()
        .optMultiplier(Reference.values(r, 20)).optBias(Reference.values(r, 20))
        .optThreshold(Reference.values(r, 40)).optPath(path).build();
    float[] x = Reference.values(r, batch * 40 * 81);
    float[] y = new float[k.outputLength(batch)];
    int[] bits = new int[k.packedOutputLength(batch)];
    TernaryGemm g = TernaryGemm.create(20, 70, 300, path);
    int[] a = g.packA(Reference.trits(r, 6000, 1f));
    int[] b = g.packB(Reference.values(r, 21000));
    float[] c = new float[20 * 70];
    assertEquals(0, settledBytes(() -> {
      k.forward(x, batch, y);
      k.forwardToPacked(x, batch, bits);
      g.multiply(a, b, c);
    }), path + " ternary conv / gemm");
  }

  @ParameterizedTest
  @EnumSource(KernelPath.class)
  void partialConvAndGemmAllocateNothingPerCall(KernelPath path) {
    Random r = new Random(5);
    int batch = 2;
    float[] w = Reference.values(r, 20 * 40 * 9);
    int[] salient = r.ints(0, w.length).distinct().limit(w.length / 10).toArray();
    BinaryConv2dKernel k = BinaryConv2dKernel.builder().setChannels(40, 20).setKernelSize(3)
        .optPadding(1).setInputSize(9, 9).setMaxBatch(batch).setWeights(w)
        .optSalientWeights(salient, Reference.values(r, salient.length))
        .optMultiplier(Reference.values(r, 20)).optBias(Reference.values(r, 20)).optPath(path).build();
    float[] x = Reference.values(r, batch * 40 * 81);
    float[] y = new float[k.outputLength(batch)];
    int[] bits = new int[k.packedOutputLength(batch)];
    float[] a = Reference.values(r, 20 * 300);
    PartialGemm g = PartialGemm.create(20, 70, 300, a, new int[] {0, 7, 299, 5999}, path);
    int[] b = g.packB(Reference.values(r, 21000));
    float[] c = new float[20 * 70];
    assertEquals(0, settledBytes(() -> {
      k.forward(x, batch, y);
      k.forwardToPacked(x, batch, bits);
      g.multiply(b, c);
    }), path + " partial conv / gemm");
  }

  @ParameterizedTest
  @EnumSource(KernelPath.class)
  void int8TernaryGemmAllocatesNothingPerCall(KernelPath path) {
    Random r = new Random(6);
    Int8TernaryGemm g = Int8TernaryGemm.create(20, 150, 300, Reference.trits(r, 6000, 1f), path);
    byte[] b = new byte[300 * 150];
    r.nextBytes(b);
    short[] packed = g.packB(b);
    float[] c = new float[20 * 150];
    assertEquals(0, settledBytes(() -> g.multiply(packed, c)), path + " int8 x ternary gemm");
  }
}
