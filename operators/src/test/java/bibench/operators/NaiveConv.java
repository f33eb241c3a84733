package bibench.operators;

/** Plain-loop references for the binary products, in doubles, with zero padding. */
final class NaiveConv {
  private NaiveConv() {}

  /**
   * 2-D convolution. x: (n, c, h, w); weights: (o, c / groups, kh, kw); returns (n, o, oh, ow).
   */
  static double[] conv2d(double[] x, int n, int c, int h, int w, double[] weights, int o, int kh, int kw,
      int stride, int pad, int dilation, int groups) {
    int oh = (h + 2 * pad - dilation * (kh - 1) - 1) / stride + 1;
    int ow = (w + 2 * pad - dilation * (kw - 1) - 1) / stride + 1;
    int cPerGroup = c / groups;
    int oPerGroup = o / groups;
    double[] y = new double[n * o * oh * ow];
    for (int b = 0; b < n; b++) {
      for (int oc = 0; oc < o; oc++) {
        int g = oc / oPerGroup;
        for (int i = 0; i < oh; i++) {
          for (int j = 0; j < ow; j++) {
            double sum = 0;
            for (int ic = 0; ic < cPerGroup; ic++) {
              int cin = g * cPerGroup + ic;
              for (int u = 0; u < kh; u++) {
                for (int v = 0; v < kw; v++) {
                  int yy = i * stride - pad + u * dilation;
                  int xx = j * stride - pad + v * dilation;
                  if (yy < 0 || yy >= h || xx < 0 || xx >= w) {
                    continue;
                  }
                  sum += x[((b * c + cin) * h + yy) * w + xx]
                      * weights[((oc * cPerGroup + ic) * kh + u) * kw + v];
                }
              }
            }
            y[((b * o + oc) * oh + i) * ow + j] = sum;
          }
        }
      }
    }
    return y;
  }

  /** Matrix product x (rows, in) times weights (out, in) transposed. */
  static double[] linear(double[] x, int rows, int in, double[] weights, int out) {
    double[] y = new double[rows * out];
    for (int r = 0; r < rows; r++) {
      for (int o = 0; o < out; o++) {
        double sum = 0;
        for (int i = 0; i < in; i++) {
          sum += x[r * in + i] * weights[o * in + i];
        }
        y[r * out + o] = sum;
      }
    }
    return y;
  }

  static double[] toDouble(float[] values) {
    double[] d = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      d[i] = values[i];
    }
    return d;
  }

  static float[] toFloat(double[] values) {
    float[] f = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      f[i] = (float) values[i];
    }
    return f;
  }
}
