package bibench.data.corrupt;

/**
 * Linear filters on row-major planes: Gaussian kernels as scikit-image/SciPy build them, separable
 * and dense 2-D correlation with a chosen {@link Border}, and bilinear sampling.
 */
final class Filters {
  private Filters() {}

  /**
   * SciPy's sampled Gaussian (what {@code skimage.filters.gaussian} uses): weights {@code
   * exp(-k^2 / (2 sigma^2))} for {@code |k| <= round(truncate * sigma)}, normalised to sum 1. A
   * sigma of 0 gives the identity kernel {@code [1]}.
   */
  static float[] gaussianKernel(double sigma, double truncate) {
    if (sigma <= 1e-15) {
      return new float[] {1f};
    }
    int radius = (int) (truncate * sigma + 0.5);
    double[] w = new double[2 * radius + 1];
    double sum = 0;
    for (int k = -radius; k <= radius; k++) {
      w[k + radius] = Math.exp(-0.5 * k * k / (sigma * sigma));
      sum += w[k + radius];
    }
    float[] out = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = (float) (w[i] / sum);
    }
    return out;
  }

  /** A Gaussian blur of every channel separately (the channels are not mixed). */
  static ChwImage gaussianBlur(ChwImage image, double sigma, Border border, double truncate) {
    float[] k = gaussianKernel(sigma, truncate);
    float[] out = new float[image.data().length];
    for (int c = 0; c < image.channels(); c++) {
      float[] p = separable(image.plane(c), image.height(), image.width(), k, k, border);
      System.arraycopy(p, 0, out, image.planeOffset(c), p.length);
    }
    return image.withData(out);
  }

  /**
   * Correlates a plane with {@code kernelY} down the columns and {@code kernelX} along the rows;
   * both kernels have odd length and are centred.
   */
  static float[] separable(float[] plane, int h, int w, float[] kernelY, float[] kernelX, Border border) {
    float[] rows = new float[plane.length];
    int rx = kernelX.length / 2;
    for (int y = 0; y < h; y++) {
      int base = y * w;
      for (int x = 0; x < w; x++) {
        float s = 0;
        for (int k = 0; k < kernelX.length; k++) {
          s += kernelX[k] * plane[base + border.index(x + k - rx, w)];
        }
        rows[base + x] = s;
      }
    }
    float[] out = new float[plane.length];
    int ry = kernelY.length / 2;
    for (int k = 0; k < kernelY.length; k++) {
      float wk = kernelY[k];
      for (int y = 0; y < h; y++) {
        int src = border.index(y + k - ry, h) * w;
        int dst = y * w;
        for (int x = 0; x < w; x++) {
          out[dst + x] += wk * rows[src + x];
        }
      }
    }
    return out;
  }

  /** Dense 2-D correlation with a centred kernel (OpenCV's {@code filter2D}). */
  static float[] correlate(float[] plane, int h, int w, float[][] kernel, Border border) {
    int ry = kernel.length / 2;
    int rx = kernel[0].length / 2;
    float[] out = new float[plane.length];
    for (int ky = 0; ky < kernel.length; ky++) {
      for (int kx = 0; kx < kernel[ky].length; kx++) {
        float wk = kernel[ky][kx];
        if (wk == 0f) {
          continue;
        }
        for (int y = 0; y < h; y++) {
          int src = border.index(y + ky - ry, h) * w;
          int dst = y * w;
          for (int x = 0; x < w; x++) {
            out[dst + x] += wk * plane[src + border.index(x + kx - rx, w)];
          }
        }
      }
    }
    return out;
  }

  /** The mean over each 3x3 neighbourhood, OpenCV's {@code blur(src, (3, 3))}. */
  static float[] boxBlur3(float[] plane, int h, int w) {
    float third = 1f / 3f;
    float[] k = {third, third, third};
    return separable(plane, h, w, k, k, Border.REFLECT_101);
  }

  /**
   * Bilinear sample of a plane at row {@code fy}, column {@code fx}: the four neighbours {@code
   * floor} and {@code floor + 1} of each coordinate, each read through {@code border}.
   */
  static float bilinear(float[] plane, int h, int w, double fy, double fx, Border border) {
    double y0f = Math.floor(fy);
    double x0f = Math.floor(fx);
    float ty = (float) (fy - y0f);
    float tx = (float) (fx - x0f);
    int y0 = (int) y0f;
    int x0 = (int) x0f;
    int r0 = border.index(y0, h) * w;
    int r1 = border.index(y0 + 1, h) * w;
    int c0 = border.index(x0, w);
    int c1 = border.index(x0 + 1, w);
    float top = plane[r0 + c0] + tx * (plane[r0 + c1] - plane[r0 + c0]);
    float bottom = plane[r1 + c0] + tx * (plane[r1 + c1] - plane[r1 + c0]);
    return top + ty * (bottom - top);
  }
}
