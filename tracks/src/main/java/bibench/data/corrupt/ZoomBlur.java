package bibench.data.corrupt;

import java.util.List;

/**
 * Zoom blur: the mean of the image and its centre zooms {@code clipped_zoom(x, z)} (see {@link
 * Resample#clippedZoom}) for {@code z = first, first + step, ...} up to {@code last}: {@code x' =
 * (x + sum_z zoom(x, z)) / (n + 1)}. The reference writes the factors as {@code np.arange(1, e,
 * 0.01)} with e = 1.06, 1.11, 1.16, 1.21, 1.26; floating-point rounding makes those ranges end at
 * 1.06, 1.11, 1.15, 1.20 and 1.25 (7, 12, 16, 21 and 26 factors), which are the (first, last,
 * step) reported here for severities 1 to 5 (Hendrycks and Dietterich 2019, CIFAR-10-C
 * parameters).
 */
final class ZoomBlur extends TabulatedCorruption {
  ZoomBlur() {
    super("zoom_blur", false, false, List.of("first", "last", "step"),
        new double[][] {{1, 1.06, 0.01}, {1, 1.11, 0.01}, {1, 1.15, 0.01}, {1, 1.20, 0.01}, {1, 1.25, 0.01}});
  }

  @Override
  ChwImage corrupt(ChwImage image, double[] p, CorruptionRandom rng) {
    int count = (int) Math.round((p[1] - p[0]) / p[2]) + 1;
    double delta = (p[0] + p[2]) - p[0]; // as numpy's arange steps
    int h = image.height();
    int w = image.width();
    return ColourPlanes.perChannel(image, plane -> {
      float[] sum = plane.clone();
      for (int i = 0; i < count; i++) {
        float[] zoomed = Resample.clippedZoom(plane, h, w, p[0] + i * delta);
        for (int k = 0; k < sum.length; k++) {
          sum[k] += zoomed[k];
        }
      }
      for (int k = 0; k < sum.length; k++) {
        sum[k] /= count + 1;
      }
      return sum;
    });
  }
}
