package bibench.operators.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bibench.BadInputException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The partially binarized kernels (PB-LLM, W-partial A1) against a direct double-precision
 * reference, {@code sum sign(x) * w'} over the valid taps with w' the salient value or {@code mult *
 * sign(w)}, then the bias; the vector paths equal the scalar path bit for bit.
 */
class PartialKernelsTest {

  /** About a tenth of the positions of an array of n, in random order. */
  private static int[] salient(Random r, int n) {
    return r.ints(0, n).distinct().limit(Math.max(1, n / 10)).toArray();
  }

  private static void assertNear(double[] want, float[] got, String what) {
    for (int i = 0; i < want.length; i++) {
      assertEquals(want[i], got[i], 1e-4 * (1 + Math.abs(want[i])), what + " element " + i);
    }
  }

  @ParameterizedTest(name = "{0}x{1}x{2}")
  @CsvSource({"1,1,1", "5,70,33", "37,64,576", "9,130,100", "33,100,257"})
  void gemmIsTheBinaryProductPlusTheSalientWeights(int m, int n, int k) {
    Random r = new Random(m * 1000L + n * 10L + k);
    float[] a = Reference.values(r, m * k);
    float[] b = Reference.values(r, k * n);
    int[] idx = salient(r, m * k);
    boolean[] isSalient = new boolean[a.length];
    for (int i : idx) {
      isSalient[i] = true;
    }
    double[] want = new double[m * n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        for (int t = 0; t < k; t++) {
          int at = i * k + t;
          want[i * n + j] += Reference.sign(b[t * n + j]) * (isSalient[at] ? a[at] : Reference.sign(a[at]));
        }
      }
    }
    float[] scalar = null;
    for (KernelPath path : KernelPath.values()) {
      PartialGemm g = PartialGemm.create(m, n, k, a, idx, path);
      assertEquals(idx.length, g.salientCount());
      float[] c = new float[m * n];
      g.multiply(g.packB(b), c);
      assertNear(want, c, path.toString());
      scalar = scalar == null ? c : scalar;
      assertArrayEquals(scalar, c, 0f, path + " against the scalar path");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bibench.operators.deploy.BinaryConv2dKernelTest#shapes")
  void convAddsTheSalientWeightsOfValidTapsOnly(String name, int[] a) {
    Random r = new Random(name.hashCode() + 9);
    ConvShape s = new ConvShape(a[0], a[1], a[2], a[3], a[4], a[4], a[5], a[6], a[7], a[7], a[8], a[9], a[10]);
    int batch = a[11];
    float[] w = Reference.values(r, s.outChannels() * s.reduction());
    float[] x = Reference.values(r, batch * s.inputSize());
    float[] theta = Reference.uniform(r, s.inChannels(), -0.5f, 0.5f);
    float[] mult = Reference.uniform(r, s.outChannels(), 0.1f, 2f);
    float[] bias = Reference.uniform(r, s.outChannels(), -1f, 1f);
    int[] idx = salient(r, w.length);
    float[] values = Reference.uniform(r, idx.length, -3f, 3f);
    double[] effective = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      effective[i] = mult[i / s.reduction()] * (double) Reference.sign(w[i]);
    }
    for (int e = 0; e < idx.length; e++) {
      effective[idx[e]] = values[e];
    }
    double[] want = Reference.convSums(x, batch, s, effective, theta);
    int plane = s.outH() * s.outW();
    for (int i = 0; i < want.length; i++) {
      want[i] += bias[(i / plane) % s.outChannels()];
    }
    float[] scalar = null;
    for (KernelPath path : KernelPath.values()) {
      BinaryConv2dKernel k = BinaryConv2dKernel.builder().setChannels(a[0], a[1]).setKernelSize(a[2], a[3])
          .optStride(a[4]).optPadding(a[5], a[6]).optDilation(a[7]).optGroups(a[8]).setInputSize(a[9], a[10])
          .setMaxBatch(batch).setWeights(w).optSalientWeights(idx, values).optMultiplier(mult).optBias(bias)
          .optThreshold(theta).optPackedOutput(1, new float[s.outChannels()]).optPath(path).build();
      float[] out = new float[k.outputLength(batch)];
      k.forward(x, batch, out);
      assertNear(want, out, name + " " + path);
      scalar = scalar == null ? out : scalar;
      assertArrayEquals(scalar, out, 0f, name + " " + path + " against the scalar path");
      int[] packedIn = new int[k.packedInputLength(batch)];
      k.packInput(x, batch, packedIn);
      int[] bits = new int[k.packedOutputLength(batch)];
      k.forwardPackedToPacked(packedIn, null, batch, bits);
      assertArrayEquals(Reference.packConvLayout(out, batch, s.outChannels(), 1, plane, new float[s.outChannels()]),
          bits, name + " " + path + " packed out");
    }
  }

  @Test
  void storageCountsTheSalientRowsAndBadIndicesAreRefused() {
    float[] w = Reference.values(new Random(2), 8 * 40 * 9);
    int[] idx = {0, 5, 2879};
    BinaryConv2dKernel k = BinaryConv2dKernel.builder().setChannels(40, 8).setKernelSize(3).setInputSize(5, 5)
        .setMaxBatch(1).setWeights(w).optSalientWeights(idx, new float[3]).optPath(KernelPath.SCALAR).build();
    long bits = 8L * 9 * 2 * 4;
    assertEquals(bits + 4L * (3 * 3 + 9 + 8), k.storage().packedWeightBytes(),
        "sign plane, 3 entries of 3 ints, 9 row starts, 8 padding fixes (one class: no padding)");
    BadInputException e = assertThrows(BadInputException.class, () -> BinaryConv2dKernel.builder()
        .setChannels(40, 8).setKernelSize(3).setInputSize(5, 5).setMaxBatch(1).setWeights(w)
        .optSalientWeights(new int[] {4, 4}, new float[2]).build());
    assertEquals("salient weight index 4 is given twice. Fix: list each salient weight once", e.getMessage());
  }
}
