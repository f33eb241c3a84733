package bibench.data.corrupt;

import java.util.List;

/**
 * Defocus blur: correlate each channel with an anti-aliased disk. The disk of radius {@code r} is
 * the indicator of {@code X^2 + Y^2 <= r^2} on the grid {@code -8..8} (on {@code -r..r} when r >
 * 8), normalised to sum 1, then smoothed by a 3x3 Gaussian of sigma {@code alias_blur} (5x5 when r
 * > 8; OpenCV's {@code GaussianBlur}, reflect-101 border); the image is then filtered with it
 * (OpenCV's {@code filter2D}, reflect-101 border). (radius, alias_blur) = (0.3, 0.4), (0.4, 0.5),
 * (0.5, 0.6), (1, 0.2), (1.5, 0.1) for severities 1 to 5 (Hendrycks and Dietterich 2019,
 * CIFAR-10-C parameters). Radii below 1 make the disk a single pixel, so the first three
 * severities are in effect small Gaussian blurs.
 */
final class DefocusBlur extends TabulatedCorruption {
  DefocusBlur() {
    super("defocus_blur", false, false, List.of("radius", "alias_blur"),
        new double[][] {{0.3, 0.4}, {0.4, 0.5}, {0.5, 0.6}, {1, 0.2}, {1.5, 0.1}});
  }

  @Override
  ChwImage corrupt(ChwImage image, double[] p, CorruptionRandom rng) {
    float[][] kernel = disk(p[0], p[1]);
    return ColourPlanes.perChannel(image,
        plane -> Filters.correlate(plane, image.height(), image.width(), kernel, Border.REFLECT_101));
  }

  /** The anti-aliased disk, cropped to its non-zero part (which does not change the filter). */
  static float[][] disk(double radius, double aliasBlur) {
    int half = radius <= 8 ? 8 : (int) Math.floor(radius);
    int size = 2 * half + 1;
    float[] disk = new float[size * size];
    double count = 0;
    for (int y = -half; y <= half; y++) {
      for (int x = -half; x <= half; x++) {
        if (x * x + y * y <= radius * radius) {
          disk[(y + half) * size + x + half] = 1f;
          count++;
        }
      }
    }
    for (int i = 0; i < disk.length; i++) {
      disk[i] /= (float) count;
    }
    float[] g = openCvGaussian(radius <= 8 ? 3 : 5, aliasBlur);
    float[] smooth = Filters.separable(disk, size, size, g, g, Border.REFLECT_101);
    return cropNonZero(smooth, size);
  }

  /** OpenCV's {@code getGaussianKernel(ksize, sigma)} for sigma > 0. */
  private static float[] openCvGaussian(int ksize, double sigma) {
    double[] w = new double[ksize];
    double sum = 0;
    for (int i = 0; i < ksize; i++) {
      double d = i - (ksize - 1) / 2.0;
      w[i] = Math.exp(-d * d / (2 * sigma * sigma));
      sum += w[i];
    }
    float[] out = new float[ksize];
    for (int i = 0; i < ksize; i++) {
      out[i] = (float) (w[i] / sum);
    }
    return out;
  }

  private static float[][] cropNonZero(float[] k, int size) {
    int half = size / 2;
    int reach = 0;
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        if (k[y * size + x] != 0f) {
          reach = Math.max(reach, Math.max(Math.abs(y - half), Math.abs(x - half)));
        }
      }
    }
    float[][] out = new float[2 * reach + 1][2 * reach + 1];
    for (int y = -reach; y <= reach; y++) {
      for (int x = -reach; x <= reach; x++) {
        out[y + reach][x + reach] = k[(y + half) * size + x + half];
      }
    }
    return out;
  }
}
