package bibench.data.corrupt;

/**
 * ImageMagick's {@code MotionBlurImage}, which the reference code calls through Wand: a one-sided
 * Gaussian smear along a line. With {@code width = 2 * ceil(radius) + 1} taps, tap {@code i} has
 * weight {@code exp(-i^2 / (2 sigma^2))} (normalised to sum 1) and reads the pixel at offset
 * ({@code ceil(i cos(angle) - 0.5)}, {@code ceil(i sin(angle) - 0.5)}) in (column, row); reads past
 * the edge repeat the edge pixel (ImageMagick's default virtual pixels).
 */
final class MotionBlurKernel {
  private MotionBlurKernel() {}

  static float[] blur(float[] plane, int h, int w, double radius, double sigma, double angleDegrees) {
    int width = 2 * (int) Math.ceil(radius) + 1;
    float[] weight = new float[width];
    double sum = 0;
    double[] raw = new double[width];
    for (int i = 0; i < width; i++) {
      raw[i] = Math.exp(-(double) i * i / (2 * sigma * sigma));
      sum += raw[i];
    }
    int[] dx = new int[width];
    int[] dy = new int[width];
    double angle = Math.toRadians(angleDegrees);
    for (int i = 0; i < width; i++) {
      weight[i] = (float) (raw[i] / sum);
      dx[i] = (int) Math.ceil(i * Math.cos(angle) - 0.5);
      dy[i] = (int) Math.ceil(i * Math.sin(angle) - 0.5);
    }
    float[] out = new float[plane.length];
    for (int i = 0; i < width; i++) {
      float wi = weight[i];
      for (int y = 0; y < h; y++) {
        int src = Border.NEAREST.index(y + dy[i], h) * w;
        int dst = y * w;
        for (int x = 0; x < w; x++) {
          out[dst + x] += wi * plane[src + Border.NEAREST.index(x + dx[i], w)];
        }
      }
    }
    return out;
  }
}
