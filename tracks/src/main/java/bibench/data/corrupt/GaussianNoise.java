package bibench.data.corrupt;

import java.util.List;

/**
 * Gaussian noise: {@code x' = clip(x + N(0, sigma^2))}, an independent draw per value (per channel
 * too), sigma = 0.04, 0.06, 0.08, 0.09, 0.10 for severities 1 to 5 (Hendrycks and Dietterich
 * 2019, CIFAR-10-C parameters).
 */
final class GaussianNoise extends TabulatedCorruption {
  GaussianNoise() {
    super("gaussian_noise", true, true, List.of("sigma"),
        new double[][] {{0.04}, {0.06}, {0.08}, {0.09}, {0.10}});
  }

  @Override
  ChwImage corrupt(ChwImage image, double[] p, CorruptionRandom rng) {
    double sigma = p[0];
    float[] x = image.data();
    float[] out = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = (float) (x[i] + sigma * rng.nextGaussian());
    }
    return image.withData(out);
  }
}
