package bibench.operators.deploy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinaryLinearKernelTest {

  private static int[] dots(float[] x, float[] w, float[] theta, int batch, int in, int out) {
    int[] d = new int[batch * out];
    for (int n = 0; n < batch; n++) {
      for (int o = 0; o < out; o++) {
        int s = 0;
        for (int i = 0; i < in; i++) {
          float v = theta == null ? x[n * in + i] : x[n * in + i] + theta[i];
          s += Reference.sign(v) * Reference.sign(w[o * in + i]);
        }
        d[n * out + o] = s;
      }
    }
    return d;
  }

  private static float[] expected(int[] d, int batch, int out, float[] mult, float[] bias,
      float[] beta) {
    float[] e = new float[d.length];
    for (int i = 0; i < d.length; i++) {
      int o = i % out;
      float m = mult == null ? 1f : mult[o];
      if (beta != null) {
        m = m * beta[i / out];
      }
      e[i] = Math.fma((float) d[i], m, bias == null ? 0f : bias[o]);
    }
    return e;
  }

  @ParameterizedTest(name = "in={0} out={1} batch={2}")
  @CsvSource({"1,1,1", "31,17,1", "32,64,3", "33,65,2", "100,130,1", "512,200,40", "784,10,3",
      "65,129,33"})
  void matchesReferenceOnBothPathsWithEveryOption(int in, int out, int batch) {
    Random r = new Random(31L * in + out + batch);
    float[] x = Reference.values(r, batch * in);
    float[] w = Reference.values(r, out * in);
    float[] theta = Reference.uniform(r, in, -0.5f, 0.5f);
    float[] mult = Reference.uniform(r, out, -2f, 2f);
    float[] bias = Reference.uniform(r, out, -2f, 2f);
    float[] nextTheta = Reference.uniform(r, out, -1f, 1f);
    int[] plain = dots(x, w, null, batch, in, out);
    int[] shifted = dots(x, w, theta, batch, in, out);
    double[] meanAbs = Reference.meanAbs(x, batch, in);
    for (KernelPath path : KernelPath.values()) {
      String tag = path + " in=" + in + " out=" + out;
      BinaryLinearKernel k = BinaryLinearKernel.builder().setFeatures(in, out).setMaxBatch(batch)
          .setWeights(w).optPath(path).build();
      float[] got = new float[batch * out];
      k.forward(x, batch, got);
      assertArrayEquals(expected(plain, batch, out, null, null, null), got, 0f, tag);

      BinaryLinearKernel full = BinaryLinearKernel.builder().setFeatures(in, out)
          .setMaxBatch(batch).setWeights(w).optThreshold(theta).optMultiplier(mult).optBias(bias)
          .optPackedOutput(nextTheta).optPath(path).build();
      float[] want = expected(shifted, batch, out, mult, bias, null);
      full.forward(x, batch, got);
      assertArrayEquals(want, got, 0f, tag + " theta/mult/bias");
      int[] packedIn = new int[full.packedInputLength(batch)];
      full.packInput(x, batch, packedIn);
      float[] fromPacked = new float[batch * out];
      full.forwardPacked(packedIn, null, batch, fromPacked);
      assertArrayEquals(want, fromPacked, 0f, tag + " packed input");
      int[] wantBits = packRows(want, batch, out, nextTheta);
      int[] bits = new int[full.packedOutputLength(batch)];
      full.forwardToPacked(x, batch, bits);
      assertArrayEquals(wantBits, bits, tag + " packed output");
      full.forwardPackedToPacked(packedIn, null, batch, bits);
      assertArrayEquals(wantBits, bits, tag + " chained");

      BinaryLinearKernel xnor = BinaryLinearKernel.builder().setFeatures(in, out)
          .setMaxBatch(batch).setWeights(w).optMultiplier(mult).optBias(bias)
          .optXnorInputScale(true).optPath(path).build();
      float[] beta = new float[batch];
      for (int n = 0; n < batch; n++) {
        beta[n] = xnor.inputScale(x, n);
        assertEquals(meanAbs[n], beta[n], 1e-6 * meanAbs[n] + 1e-12);
      }
      xnor.forward(x, batch, got);
      assertArrayEquals(expected(plain, batch, out, mult, bias, beta), got, 0f, tag + " xnor");
    }
  }

  @org.junit.jupiter.api.Test
  void storageCountsWordsPerRowAndTheFloatsKept() {
    BinaryLinearKernel k = BinaryLinearKernel.builder().setFeatures(100, 10).setMaxBatch(1)
        .setWeights(new float[1000]).optBias(new float[10]).optThreshold(new float[100])
        .optPath(KernelPath.SCALAR).build();
    // 100 inputs take 4 words a row; bias (10) and theta (100) are kept as floats.
    assertEquals(10L * 4 * 4, k.storage().packedWeightBytes());
    assertEquals(4L * (10 + 100), k.storage().floatParamBytes());
    assertEquals(4L * (1000 + 10), k.storage().fp32Bytes());
  }

  private static int[] packRows(float[] v, int rows, int cols, float[] theta) {
    int words = (cols + 31) / 32;
    int[] p = new int[rows * words];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (v[r * cols + c] >= -theta[c]) {
          p[r * words + c / 32] |= 1 << (c % 32);
        }
      }
    }
    return p;
  }
}
