package bibench.data.corrupt;

import java.util.List;

/**
 * Glass blur: Gaussian-blur the image (as {@link GaussianBlur}), locally shuffle its pixels, and
 * blur again; (sigma, d, iterations) = (0.05, 1, 1), (0.25, 1, 1), (0.4, 1, 1), (0.25, 1, 2), (0.4,
 * 1, 2) for severities 1 to 5 (Hendrycks and Dietterich 2019, CIFAR-10-C parameters).
 *
 * <p>The shuffle does what the reference code does, quirks included. It visits rows {@code h = H -
 * d} down to {@code d + 1} and, in each, columns {@code w = W - d} down to {@code d + 1}; it draws
 * dx then dy uniformly from {@code -d .. d - 1} (numpy's {@code randint(-d, d)} excludes its upper
 * end, so only up and left); and it sets pixel (h, w), all channels, to pixel (h + dy, w + dx). The
 * reference means to swap the two, but its tuple assignment of numpy views copies instead, which
 * is what CIFAR-10-C contains: a random smear of up to {@code d * iterations} pixels towards the
 * bottom right. The same is done for gray images. The reference's 8-bit truncation after the
 * first blur is not reproduced (images stay float).
 */
final class GlassBlur extends TabulatedCorruption {
  GlassBlur() {
    super("glass_blur", false, true, List.of("sigma", "max_delta", "iterations"),
        new double[][] {{0.05, 1, 1}, {0.25, 1, 1}, {0.4, 1, 1}, {0.25, 1, 2}, {0.4, 1, 2}});
  }

  @Override
  ChwImage corrupt(ChwImage image, double[] p, CorruptionRandom rng) {
    double sigma = p[0];
    int d = (int) p[1];
    int iterations = (int) p[2];
    ChwImage blurred = Filters.gaussianBlur(image, sigma, Border.NEAREST, GaussianBlur.TRUNCATE);
    float[] x = blurred.data();
    int h = image.height();
    int w = image.width();
    int n = image.planeSize();
    for (int it = 0; it < iterations; it++) {
      for (int row = h - d; row > d; row--) {
        for (int col = w - d; col > d; col--) {
          int dx = rng.nextInt(-d, d);
          int dy = rng.nextInt(-d, d);
          int to = row * w + col;
          int from = Border.NEAREST.index(row + dy, h) * w + Border.NEAREST.index(col + dx, w);
          for (int c = 0; c < image.channels(); c++) {
            x[c * n + to] = x[c * n + from];
          }
        }
      }
    }
    return Filters.gaussianBlur(blurred, sigma, Border.NEAREST, GaussianBlur.TRUNCATE);
  }
}
