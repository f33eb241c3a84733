package bibench.data.corrupt;

import java.util.List;

/**
 * Spatter: water drops (severities 1 to 3) or mud (4 and 5) on the lens. Per image a liquid layer
 * {@code L ~ N(loc, scale^2)} of size H x W is Gaussian-blurred with {@code sigma} (as {@link
 * GaussianBlur}) and its values below {@code threshold} are set to 0. Then:
 *
 * <ul>
 *   <li>Water: {@code L8 = floor(255 L)} (8-bit); its Canny edges (thresholds 50 and 150, see
 *       {@link EdgeMaps#canny}); the chamfer distance to the nearest edge, cut at 20; a 3x3 box
 *       blur, 8-bit, histogram-equalised; correlated with the emboss kernel {@code [[-2, -1, 0],
 *       [-1, 1, 1], [0, 1, 2]]} and a 3x3 box blur again (8-bit, OpenCV's rounding). The drop
 *       strength is {@code m = L8 * D / max(L8 * D) * intensity}, and pale turquoise
 *       (175, 238, 238) / 255 is added: {@code x' = clip(x + m * colour)}.
 *   <li>Mud: {@code m = gaussian((L > threshold), intensity)} with values below 0.8 set to 0, and
 *       the image is covered with brown (63, 42, 20) / 255: {@code x' = x (1 - m) + colour * m}.
 * </ul>
 *
 * <p>(loc, scale, sigma, threshold, intensity, mud) = (0.62, 0.1, 0.7, 0.7, 0.5, 0), (0.65, 0.1,
 * 0.8, 0.7, 0.5, 0), (0.65, 0.3, 1, 0.69, 0.5, 0), (0.65, 0.1, 0.7, 0.69, 0.6, 1), (0.65, 0.1, 0.5,
 * 0.68, 0.6, 1) for severities 1 to 5 (one of the four extra corruptions of Hendrycks and
 * Dietterich 2019, CIFAR-10-C parameters). Gray images get the colour's BT.601 luma. Where the
 * reference wraps 8-bit values of 256 and more, or divides by a zero maximum, values are clamped
 * and the drop layer is left empty instead.
 */
final class Spatter extends TabulatedCorruption {
  private static final float[][] EMBOSS = {{-2, -1, 0}, {-1, 1, 1}, {0, 1, 2}};
  private static final float[] WATER = {175 / 255f, 238 / 255f, 238 / 255f};
  private static final float[] MUD = {63 / 255f, 42 / 255f, 20 / 255f};

  Spatter() {
    super("spatter", false, true,
        List.of("loc", "scale", "sigma", "threshold", "intensity", "mud"),
        new double[][] {
            {0.62, 0.1, 0.7, 0.7, 0.5, 0},
            {0.65, 0.1, 0.8, 0.7, 0.5, 0},
            {0.65, 0.3, 1, 0.69, 0.5, 0},
            {0.65, 0.1, 0.7, 0.69, 0.6, 1},
            {0.65, 0.1, 0.5, 0.68, 0.6, 1}});
  }

  @Override
  ChwImage corrupt(ChwImage image, double[] p, CorruptionRandom rng) {
    int h = image.height();
    int w = image.width();
    float[] liquid = new float[h * w];
    for (int i = 0; i < liquid.length; i++) {
      liquid[i] = (float) rng.nextGaussian(p[0], p[1]);
    }
    float[] k = Filters.gaussianKernel(p[2], GaussianBlur.TRUNCATE);
    liquid = Filters.separable(liquid, h, w, k, k, Border.NEAREST);
    float threshold = (float) p[3];
    for (int i = 0; i < liquid.length; i++) {
      if (liquid[i] < threshold) {
        liquid[i] = 0f;
      }
    }
    return p[5] == 0 ? water(image, liquid, (float) p[4]) : mud(image, liquid, threshold, p[4]);
  }

  private static ChwImage water(ChwImage image, float[] liquid, float intensity) {
    return overlay(image, waterDrops(liquid, image.height(), image.width(), intensity), WATER, false);
  }

  /** The strength {@code m} of the water drops, from the thresholded liquid layer. */
  static float[] waterDrops(float[] liquid, int h, int w, float intensity) {
    int[] liquid8 = new int[liquid.length];
    for (int i = 0; i < liquid.length; i++) {
      liquid8[i] = (int) Math.min(255f, liquid[i] * 255f);
    }
    return waterDrops(liquid8, h, w, intensity);
  }

  /** The same from the 8-bit layer {@code floor(255 L)}. */
  static float[] waterDrops(int[] liquid8, int h, int w, float intensity) {
    float[] dist = EdgeMaps.chamferDistance(EdgeMaps.canny(liquid8, h, w, 50, 150), h, w);
    for (int i = 0; i < dist.length; i++) {
      dist[i] = Math.min(dist[i], 20f);
    }
    float[] blurred = Filters.boxBlur3(dist, h, w);
    int[] dist8 = new int[blurred.length];
    for (int i = 0; i < blurred.length; i++) {
      dist8[i] = (int) blurred[i]; // numpy astype(uint8) truncates
    }
    dist8 = EdgeMaps.equalizeHistogram(dist8);
    dist8 = EdgeMaps.saturate(Filters.correlate(EdgeMaps.toFloat(dist8), h, w, EMBOSS, Border.REFLECT_101));
    dist8 = EdgeMaps.saturate(Filters.boxBlur3(EdgeMaps.toFloat(dist8), h, w));
    float[] m = new float[liquid8.length];
    float max = 0f;
    for (int i = 0; i < m.length; i++) {
      m[i] = liquid8[i] * (float) dist8[i];
      max = Math.max(max, m[i]);
    }
    for (int i = 0; i < m.length; i++) {
      m[i] = max == 0f ? 0f : m[i] / max * intensity;
    }
    return m;
  }

  private static ChwImage mud(ChwImage image, float[] liquid, float threshold, double sigma) {
    int h = image.height();
    int w = image.width();
    float[] mask = new float[liquid.length];
    for (int i = 0; i < liquid.length; i++) {
      mask[i] = liquid[i] > threshold ? 1f : 0f;
    }
    float[] k = Filters.gaussianKernel(sigma, GaussianBlur.TRUNCATE);
    float[] m = Filters.separable(mask, h, w, k, k, Border.NEAREST);
    for (int i = 0; i < m.length; i++) {
      if (m[i] < 0.8f) {
        m[i] = 0f;
      }
    }
    return overlay(image, m, MUD, true);
  }

  /** {@code x + m * colour} (water) or {@code x (1 - m) + m * colour} (mud, {@code cover}). */
  private static ChwImage overlay(ChwImage image, float[] m, float[] rgb, boolean cover) {
    float[] colour = image.channels() == 3
        ? rgb
        : new float[] {ColourPlanes.LUMA_R * rgb[0] + ColourPlanes.LUMA_G * rgb[1] + ColourPlanes.LUMA_B * rgb[2]};
    float[] x = image.data();
    float[] out = new float[x.length];
    int n = image.planeSize();
    for (int c = 0; c < image.channels(); c++) {
      for (int i = 0; i < n; i++) {
        float v = x[c * n + i];
        out[c * n + i] = cover ? v * (1 - m[i]) + colour[c] * m[i] : v + m[i] * colour[c];
      }
    }
    return image.withData(out);
  }
}
