package bibench.operators.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The FP32 reference kernels against naive double-precision loops, within float tolerance. */
class FloatKernelsTest {

  /** |got - want| within 1e-5 of the sum of |terms| (float rounding over a long sum). */
  private static void assertClose(double[] want, double[] mag, float[] got, String tag) {
    for (int i = 0; i < want.length; i++) {
      assertEquals(want[i], got[i], 1e-5 * mag[i] + 1e-6, tag + " at " + i);
    }
  }

  @ParameterizedTest(name = "{0}x{1}x{2}")
  @CsvSource({"1,1,1", "3,17,5", "4,64,128", "7,130,129", "33,64,300", "64,200,576"})
  void gemmMatchesNaiveProduct(int m, int n, int k) {
    Random r = new Random(m * 7919L + n * 31L + k);
    float[] a = Reference.uniform(r, m * k, -1f, 1f);
    float[] b = Reference.uniform(r, k * n, -1f, 1f);
    double[] want = new double[m * n];
    double[] mag = new double[m * n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        for (int t = 0; t < k; t++) {
          want[i * n + j] += (double) a[i * k + t] * b[t * n + j];
          mag[i * n + j] += Math.abs((double) a[i * k + t] * b[t * n + j]);
        }
      }
    }
    for (KernelPath path : KernelPath.values()) {
      FloatGemm g = FloatGemm.create(m, n, k, path);
      float[] c = new float[m * n];
      java.util.Arrays.fill(c, Float.NaN);
      g.multiply(a, b, c);
      assertClose(want, mag, c, path + " multiply");
      float[] c2 = new float[m * n];
      g.multiplyPacked(a, g.packB(b), c2);
      assertClose(want, mag, c2, path + " packed");
    }
  }

  /** in, out, k, stride, pad, dilation, groups, H, W, batch. */
  @ParameterizedTest(name = "{0}->{1} k{2} s{3} p{4} d{5} g{6} {7}x{8} n{9}")
  @CsvSource({"3,8,3,1,1,1,1,9,11,1", "16,12,3,2,1,1,1,9,9,2", "8,8,3,1,2,2,1,10,10,1",
      "6,4,3,1,1,1,2,7,7,3", "8,8,3,1,1,1,8,6,6,1", "64,20,3,1,0,1,1,6,6,1",
      "20,7,5,1,2,1,1,12,12,1", "32,16,1,2,0,1,1,7,7,1"})
  void convMatchesNaiveConvolution(int cin, int cout, int k, int stride, int pad, int dil,
      int groups, int h, int w, int batch) {
    Random r = new Random(cin * 131L + cout * 17L + k + stride + pad + h);
    ConvShape s = new ConvShape(cin, cout, k, k, stride, stride, pad, pad, dil, dil, groups, h, w);
    float[] x = Reference.uniform(r, batch * s.inputSize(), -1f, 1f);
    float[] wt = Reference.uniform(r, cout * s.reduction(), -1f, 1f);
    float[] bias = Reference.uniform(r, cout, -1f, 1f);
    double[] want = new double[batch * s.outputSize()];
    double[] mag = new double[want.length];
    int cg = s.inPerGroup();
    int i = 0;
    for (int n = 0; n < batch; n++) {
      for (int o = 0; o < cout; o++) {
        int g = o / s.outPerGroup();
        for (int y = 0; y < s.outH(); y++) {
          for (int xo = 0; xo < s.outW(); xo++) {
            double sum = bias[o];
            double m = Math.abs(bias[o]);
            for (int c = 0; c < cg; c++) {
              for (int ky = 0; ky < k; ky++) {
                for (int kx = 0; kx < k; kx++) {
                  int iy = y * stride - pad + ky * dil;
                  int ix = xo * stride - pad + kx * dil;
                  if (iy >= 0 && iy < h && ix >= 0 && ix < w) {
                    double p = (double) x[((n * cin + g * cg + c) * h + iy) * w + ix]
                        * wt[((o * cg + c) * k + ky) * k + kx];
                    sum += p;
                    m += Math.abs(p);
                  }
                }
              }
            }
            want[i] = sum;
            mag[i++] = m;
          }
        }
      }
    }
    for (KernelPath path : KernelPath.values()) {
      FloatConv2dKernel kern = FloatConv2dKernel.builder().setChannels(cin, cout).setKernelSize(k)
          .optStride(stride).optPadding(pad).optDilation(dil).optGroups(groups).setInputSize(h, w)
          .setMaxBatch(batch).setWeights(wt).optBias(bias).optPath(path).build();
      float[] got = new float[kern.outputLength(batch)];
      kern.forward(x, batch, got);
      assertClose(want, mag, got, path.toString());
    }
  }

  @org.junit.jupiter.api.Test
  void fusedReluIsTheMaximumOfZeroAndTheConvolution() {
    Random r = new Random(9);
    float[] x = Reference.uniform(r, 2 * 8 * 36, -1f, 1f);
    float[] w = Reference.uniform(r, 12 * 8 * 9, -1f, 1f);
    float[] bias = Reference.uniform(r, 12, -1f, 1f);
    for (KernelPath path : KernelPath.values()) {
      FloatConv2dKernel.Builder b = FloatConv2dKernel.builder().setChannels(8, 12).setKernelSize(3)
          .optPadding(1).setInputSize(6, 6).setMaxBatch(2).setWeights(w).optBias(bias).optPath(path);
      FloatConv2dKernel plain = b.build();
      FloatConv2dKernel relu = b.optRelu(true).build();
      float[] y = new float[plain.outputLength(2)];
      float[] z = new float[y.length];
      plain.forward(x, 2, y);
      relu.forward(x, 2, z);
      int negatives = 0;
      for (int i = 0; i < y.length; i++) {
        assertEquals(Math.max(0f, y[i]), z[i], 0f, path + " at " + i);
        negatives += y[i] < 0 ? 1 : 0;
      }
      org.junit.jupiter.api.Assertions.assertTrue(negatives > 0, "the case must have negative outputs");
    }
  }

  @ParameterizedTest(name = "in={0} out={1} batch={2}")
  @CsvSource({"1,1,1", "100,10,1", "300,130,3", "512,64,40"})
  void linearMatchesNaiveProduct(int in, int out, int batch) {
    Random r = new Random(in * 3L + out + batch);
    float[] x = Reference.uniform(r, batch * in, -1f, 1f);
    float[] w = Reference.uniform(r, out * in, -1f, 1f);
    float[] bias = Reference.uniform(r, out, -1f, 1f);
    double[] want = new double[batch * out];
    double[] mag = new double[batch * out];
    for (int n = 0; n < batch; n++) {
      for (int o = 0; o < out; o++) {
        want[n * out + o] = bias[o];
        mag[n * out + o] = Math.abs(bias[o]);
        for (int i = 0; i < in; i++) {
          double p = (double) x[n * in + i] * w[o * in + i];
          want[n * out + o] += p;
          mag[n * out + o] += Math.abs(p);
        }
      }
    }
    for (KernelPath path : KernelPath.values()) {
      FloatLinearKernel k = FloatLinearKernel.builder().setFeatures(in, out).setMaxBatch(batch)
          .setWeights(w).optBias(bias).optPath(path).build();
      float[] got = new float[batch * out];
      k.forward(x, batch, got);
      assertClose(want, mag, got, path.toString());
    }
  }
}
