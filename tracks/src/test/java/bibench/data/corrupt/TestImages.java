package bibench.data.corrupt;

/** Small synthetic images for the tests, defined by closed formulas. */
final class TestImages {
  private TestImages() {}

  /**
   * A textured image with values in [0.1, 0.9]: a smooth gradient plus a checker-like texture,
   * different per channel, so blur, JPEG and pixelation all visibly change it.
   */
  static ChwImage textured(int channels, int h, int w) {
    float[] d = new float[channels * h * w];
    for (int c = 0; c < channels; c++) {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          double smooth = 0.5 + 0.2 * Math.sin(0.3 * x + 0.7 * c) * Math.cos(0.25 * y);
          double texture = 0.15 * Math.sin(1.9 * x + 2.3 * y + c);
          d[(c * h + y) * w + x] = (float) Math.min(0.9, Math.max(0.1, smooth + texture));
        }
      }
    }
    return new ChwImage(d, channels, h, w);
  }

  /**
   * A photo-like image with values in [0.15, 0.85]: low-frequency waves that are almost the same in
   * every channel plus a finer, weaker ripple.
   */
  static ChwImage smooth(int channels, int h, int w) {
    float[] d = new float[channels * h * w];
    for (int c = 0; c < channels; c++) {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          d[(c * h + y) * w + x] = (float) (0.5 + 0.25 * Math.sin(0.5 * x + 0.1 * c) * Math.cos(0.4 * y)
              + 0.1 * Math.sin(1.3 * x + 0.9 * y));
        }
      }
    }
    return new ChwImage(d, channels, h, w);
  }

  /** Mean over all values. */
  static double mean(float[] v) {
    double s = 0;
    for (float f : v) {
      s += f;
    }
    return s / v.length;
  }
}
