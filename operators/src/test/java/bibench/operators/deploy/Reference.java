package bibench.operators.deploy;

import java.util.Random;

/**
 * Plain, slow reference computations written from the layer definitions (training form), not from
 * the kernels: sign(x + theta) with sign(0) = +1, zero padding, direct loops.
 */
final class Reference {
  private Reference() {}

  static int sign(float v) {
    return v >= 0f ? 1 : -1;
  }

  /** The ternary weight of a value: its sign, 0 (and -0.0) kept as 0. */
  static int trit(float v) {
    return v > 0f ? 1 : v < 0f ? -1 : 0;
  }

  /** Integer dot products of the binarized conv, [N][C_out][outH][outW]. */
  static int[] convDots(float[] x, int batch, ConvShape s, float[] w, float[] theta) {
    return convDots(x, batch, s, w, theta, false);
  }

  /**
   * Integer dot products of the conv with sign activations and binary weights, or ternary weights
   * ({@link #trit}) when {@code ternary}.
   */
  static int[] convDots(float[] x, int batch, ConvShape s, float[] w, float[] theta, boolean ternary) {
    double[] weights = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      weights[i] = ternary ? trit(w[i]) : sign(w[i]);
    }
    double[] sums = convSums(x, batch, s, weights, theta);
    int[] dots = new int[sums.length];
    for (int i = 0; i < sums.length; i++) {
      dots[i] = (int) sums[i];
    }
    return dots;
  }

  /**
   * The conv of sign activations with real weights, in double, [N][C_out][outH][outW]: {@code sum
   * sign(x + theta) * w} over the valid taps (zero padding contributes nothing).
   */
  static double[] convSums(float[] x, int batch, ConvShape s, double[] w, float[] theta) {
    int outH = s.outH();
    int outW = s.outW();
    int cin = s.inPerGroup();
    int coutG = s.outPerGroup();
    double[] sums = new double[batch * s.outputSize()];
    int i = 0;
    for (int n = 0; n < batch; n++) {
      for (int o = 0; o < s.outChannels(); o++) {
        int g = o / coutG;
        for (int y = 0; y < outH; y++) {
          for (int xo = 0; xo < outW; xo++) {
            double dot = 0;
            for (int c = 0; c < cin; c++) {
              int ch = g * cin + c;
              for (int ky = 0; ky < s.kernelH(); ky++) {
                for (int kx = 0; kx < s.kernelW(); kx++) {
                  int iy = y * s.strideH() - s.padH() + ky * s.dilationH();
                  int ix = xo * s.strideW() - s.padW() + kx * s.dilationW();
                  if (iy < 0 || iy >= s.inH() || ix < 0 || ix >= s.inW()) {
                    continue; // zero padding: contributes nothing
                  }
                  float v = x[((n * s.inChannels() + ch) * s.inH() + iy) * s.inW() + ix];
                  float shifted = theta == null ? v : v + theta[ch];
                  dot += sign(shifted) * w[((o * cin + c) * s.kernelH() + ky) * s.kernelW() + kx];
                }
              }
            }
            sums[i++] = dot;
          }
        }
      }
    }
    return sums;
  }

  /** mean(|x|) of each sample, in double. */
  static double[] meanAbs(float[] x, int batch, int size) {
    double[] m = new double[batch];
    for (int n = 0; n < batch; n++) {
      double s = 0;
      for (int i = 0; i < size; i++) {
        s += Math.abs(x[n * size + i]);
      }
      m[n] = s / size;
    }
    return m;
  }

  /** Gaussian values with about 10% exact zeros and some negative zeros (sign(0) = +1 cases). */
  static float[] values(Random r, int n) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      double u = r.nextDouble();
      v[i] = u < 0.08 ? 0f : u < 0.12 ? -0f : (float) r.nextGaussian();
    }
    return v;
  }

  /** Ternary weights times a scale: a third each -g, 0 and +g, some zeros negative. */
  static float[] trits(Random r, int n, float g) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      int t = r.nextInt(3) - 1;
      v[i] = t == 0 ? (r.nextBoolean() ? 0f : -0f) : t * g;
    }
    return v;
  }

  /** Values in [lo, hi). */
  static float[] uniform(Random r, int n, float lo, float hi) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = lo + (hi - lo) * r.nextFloat();
    }
    return v;
  }

  /** Packs reference bits (value >= thr) in the conv packed layout [N][G][cWords][plane]. */
  static int[] packConvLayout(float[] v, int batch, int channels, int groups, int plane, float[] thr) {
    int perGroup = channels / groups;
    int cWords = (perGroup + 31) / 32;
    int[] out = new int[batch * groups * cWords * plane];
    for (int n = 0; n < batch; n++) {
      for (int c = 0; c < channels; c++) {
        int g = c / perGroup;
        int cg = c % perGroup;
        for (int p = 0; p < plane; p++) {
          float t = thr == null ? 0f : thr[c];
          if (v[(n * channels + c) * plane + p] >= t) {
            out[((n * groups + g) * cWords + cg / 32) * plane + p] |= 1 << (cg % 32);
          }
        }
      }
    }
    return out;
  }
}
