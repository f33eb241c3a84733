package bibench.data.corrupt;

import java.util.List;

/**
 * Gaussian blur as {@code skimage.filters.gaussian(x, sigma, multichannel=True)}: each channel is
 * correlated, rows then columns, with the sampled Gaussian {@code exp(-k^2 / (2 sigma^2))} for
 * {@code |k| <= round(4 sigma)}, normalised to sum 1, reading past the edge by repeating the edge
 * pixel (scikit-image's default {@code mode='nearest'}); sigma = 0.4, 0.6, 0.7, 0.8, 1 for
 * severities 1 to 5 (one of the four extra corruptions of Hendrycks and Dietterich 2019,
 * CIFAR-10-C parameters).
 */
final class GaussianBlur extends TabulatedCorruption {
  /** scikit-image's (and SciPy's) default kernel radius in sigmas. */
  static final double TRUNCATE = 4.0;

  GaussianBlur() {
    super("gaussian_blur", true, false, List.of("sigma"),
        new double[][] {{0.4}, {0.6}, {0.7}, {0.8}, {1.0}});
  }

  @Override
  ChwImage corrupt(ChwImage image, double[] p, CorruptionRandom rng) {
    return Filters.gaussianBlur(image, p[0], Border.NEAREST, TRUNCATE);
  }
}
