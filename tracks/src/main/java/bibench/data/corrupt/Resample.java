package bibench.data.corrupt;

/**
 * Resizing of row-major planes the way the CIFAR-10-C reference code resizes: Pillow's BOX filter
 * (for pixelate) and SciPy's first-order {@code ndimage.zoom} with the centre crop of Hendrycks'
 * {@code clipped_zoom} (for zoom blur and snow).
 */
final class Resample {
  private Resample() {}

  /**
   * Pillow's {@code Image.resize(size, BOX)} of one plane, separable, without Pillow's 8-bit
   * rounding. For output sample {@code o} along an axis with {@code scale = in / out}, the window
   * centre is {@code (o + 0.5) * scale} and its half-width {@code 0.5 * max(scale, 1)}; every input
   * sample whose centre falls in the half-open window gets weight 1, and the weights are
   * normalised. Down-sampling therefore averages the (one or two) covered pixels; up-sampling
   * ({@code scale < 1}) picks the nearest pixel.
   */
  static float[] boxResize(float[] plane, int h, int w, int newH, int newW) {
    float[][] wx = boxWeights(w, newW);
    int[] sx = boxStarts(w, newW);
    float[][] wy = boxWeights(h, newH);
    int[] sy = boxStarts(h, newH);
    float[] rows = new float[h * newW];
    for (int y = 0; y < h; y++) {
      for (int o = 0; o < newW; o++) {
        float s = 0;
        for (int k = 0; k < wx[o].length; k++) {
          s += wx[o][k] * plane[y * w + sx[o] + k];
        }
        rows[y * newW + o] = s;
      }
    }
    float[] out = new float[newH * newW];
    for (int o = 0; o < newH; o++) {
      for (int k = 0; k < wy[o].length; k++) {
        float wk = wy[o][k];
        int src = (sy[o] + k) * newW;
        for (int x = 0; x < newW; x++) {
          out[o * newW + x] += wk * rows[src + x];
        }
      }
    }
    return out;
  }

  private static double support(int in, int out) {
    return 0.5 * Math.max((double) in / out, 1.0);
  }

  private static int[] boxStarts(int in, int out) {
    double scale = (double) in / out;
    double support = support(in, out);
    int[] starts = new int[out];
    for (int o = 0; o < out; o++) {
      double centre = (o + 0.5) * scale;
      starts[o] = Math.max((int) (centre - support + 0.5), 0);
    }
    return starts;
  }

  private static float[][] boxWeights(int in, int out) {
    double scale = (double) in / out;
    double filterScale = Math.max(scale, 1.0);
    double support = support(in, out);
    int[] starts = boxStarts(in, out);
    float[][] weights = new float[out][];
    for (int o = 0; o < out; o++) {
      double centre = (o + 0.5) * scale;
      int end = Math.min((int) (centre + support + 0.5), in);
      double[] w = new double[Math.max(end - starts[o], 0)];
      double sum = 0;
      for (int k = 0; k < w.length; k++) {
        double t = (starts[o] + k - centre + 0.5) / filterScale;
        w[k] = t > -0.5 && t <= 0.5 ? 1 : 0;
        sum += w[k];
      }
      weights[o] = new float[w.length];
      for (int k = 0; k < w.length; k++) {
        weights[o][k] = sum == 0 ? 0f : (float) (w[k] / sum);
      }
    }
    return weights;
  }

  /**
   * Hendrycks' {@code clipped_zoom}: crop the centre {@code ceil(h / z) x ceil(w / z)} (top-left
   * corner {@code ((h - ch) // 2, (w - cw) // 2)}), enlarge it with SciPy's {@code zoom(order=1)}
   * to {@code round(ch * z) x round(cw * z)} (bilinear, corner-aligned: output coordinate {@code
   * o} reads input {@code o * (ch - 1) / (zh - 1)}), then trim the centre back to {@code h x w}
   * (offset {@code (zh - h) // 2}). The reference crops both axes by the height; cropping each axis
   * by its own length is the same for square images and also serves non-square ones.
   */
  static float[] clippedZoom(float[] plane, int h, int w, double zoom) {
    Axis ay = new Axis(h, zoom);
    Axis ax = new Axis(w, zoom);
    float[] out = new float[h * w];
    for (int y = 0; y < h; y++) {
      double fy = ay.source(y);
      for (int x = 0; x < w; x++) {
        out[y * w + x] = Filters.bilinear(plane, h, w, fy, ax.source(x), Border.NEAREST);
      }
    }
    return out;
  }

  /** One axis of {@link #clippedZoom}: where output sample {@code o} reads the input. */
  private record Axis(int top, int crop, int zoomed, int trim) {
    Axis(int n, double zoom) {
      this(n, (int) Math.ceil(n / zoom), zoom);
    }

    private Axis(int n, int crop, double zoom) {
      this((n - crop) / 2, crop, (int) Math.rint(crop * zoom), ((int) Math.rint(crop * zoom) - n) / 2);
    }

    double source(int o) {
      int z = o + trim;
      double inCrop = zoomed <= 1 ? 0 : z * (double) (crop - 1) / (zoomed - 1);
      return top + Math.min(Math.max(inCrop, 0), crop - 1);
    }
  }
}
