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
 * The ternary x binary kernels (W1.58A1) against a direct reference: {@code sum trit(w) * sign(x)}
 * over the valid taps, then {@code fma(dot, mult, bias)}; every path bit for bit (tolerance 0).
 */
class TernaryKernelsTest {

  @ParameterizedTest(name = "{0}x{1}x{2}")
  @CsvSource({"1,1,1", "5,70,33", "37,64,576", "64,130,100", "9,16,4608", "6,192,1000", "33,100,257"})
  void gemmIsTheTernaryDotTimesScaleAndBias(int m, int n, int k) {
    Random r = new Random(m * 1000L + n * 10L + k);
    float[] a = Reference.trits(r, m * k, 0.7f);
    float[] b = Reference.values(r, k * n);
    float[] mult = Reference.uniform(r, m, -1f, 1f);
    float[] bias = Reference.uniform(r, m, -1f, 1f);
    float[] want = new float[m * n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        int dot = 0;
        for (int t = 0; t < k; t++) {
          dot += Reference.trit(a[i * k + t]) * Reference.sign(b[t * n + j]);
        }
        want[i * n + j] = Math.fma((float) dot, mult[i], bias[i]);
      }
    }
    for (KernelPath path : KernelPath.values()) {
      TernaryGemm g = TernaryGemm.create(m, n, k, mult, bias, path);
      float[] c = new float[m * n];
      g.multiply(g.packA(a), g.packB(b), c);
      assertArrayEquals(want, c, 0f, path.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bibench.operators.deploy.BinaryConv2dKernelTest#shapes")
  void convCountsValidTapsOnlyOnEveryPath(String name, int[] a) {
    Random r = new Random(name.hashCode() + 5);
    ConvShape s = new ConvShape(a[0], a[1], a[2], a[3], a[4], a[4], a[5], a[6], a[7], a[7], a[8], a[9], a[10]);
    int batch = a[11];
    float[] w = Reference.trits(r, s.outChannels() * s.reduction(), 0.3f);
    float[] x = Reference.values(r, batch * s.inputSize());
    float[] theta = Reference.uniform(r, s.inChannels(), -0.5f, 0.5f);
    float[] mult = Reference.uniform(r, s.outChannels(), 0.1f, 2f);
    float[] bias = Reference.uniform(r, s.outChannels(), -1f, 1f);
    float[] nextTheta = Reference.uniform(r, s.outChannels(), -3f, 3f);
    int[] dots = Reference.convDots(x, batch, s, w, theta, true);
    float[] want = new float[dots.length];
    int plane = s.outH() * s.outW();
    for (int i = 0; i < dots.length; i++) {
      int o = (i / plane) % s.outChannels();
      want[i] = Math.fma((float) dots[i], mult[o], bias[o]);
    }
    float[] negated = new float[nextTheta.length];
    for (int c = 0; c < negated.length; c++) {
      negated[c] = -nextTheta[c];
    }
    int[] wantBits = Reference.packConvLayout(want, batch, s.outChannels(), 1, plane, negated);
    for (KernelPath path : KernelPath.values()) {
      BinaryConv2dKernel k = BinaryConv2dKernel.builder().setChannels(a[0], a[1]).setKernelSize(a[2], a[3])
          .optStride(a[4]).optPadding(a[5], a[6]).optDilation(a[7]).optGroups(a[8]).setInputSize(a[9], a[10])
          .setMaxBatch(batch).setWeights(w).optTernaryWeights().optMultiplier(mult).optBias(bias)
          .optThreshold(theta).optPackedOutput(1, nextTheta).optPath(path).build();
      float[] out = new float[k.outputLength(batch)];
      k.forward(x, batch, out);
      assertArrayEquals(want, out, 0f, name + " " + path);
      int[] packedIn = new int[k.packedInputLength(batch)];
      k.packInput(x, batch, packedIn);
      float[] fromPacked = new float[out.length];
      k.forwardPacked(packedIn, null, batch, fromPacked);
      assertArrayEquals(want, fromPacked, 0f, name + " " + path + " packed in");
      int[] bits = new int[k.packedOutputLength(batch)];
      k.forwardPackedToPacked(packedIn, null, batch, bits);
      assertArrayEquals(wantBits, bits, name + " " + path + " packed out");
    }
  }

  @Test
  void storageIsTwoPlanesAndScalesThatCannotFoldAreRefused() {
    float[] w = Reference.trits(new Random(1), 8 * 40 * 9, 1f);
    BinaryConv2dKernel k = BinaryConv2dKernel.builder().setChannels(40, 8).setKernelSize(3).setInputSize(5, 5)
        .setMaxBatch(1).setWeights(w).optTernaryWeights().optPath(KernelPath.SCALAR).build();
    assertEquals(8L * 9 * 2 * 2 * 4, k.storage().packedWeightBytes(), "2 planes of 9 taps x 2 words, 8 rows");
    BadInputException e = assertThrows(BadInputException.class, () -> BinaryConv2dKernel.builder()
        .setChannels(40, 8).setKernelSize(3).setInputSize(5, 5).setMaxBatch(1).setWeights(w).optTernaryWeights()
        .optXnorInputScale(true).build());
    assertEquals("the ternary weight format has no XNOR input scale or spatial factors. Fix: drop "
        + "optXnorInputScale and optSpatialFactors", e.getMessage());
  }
}
