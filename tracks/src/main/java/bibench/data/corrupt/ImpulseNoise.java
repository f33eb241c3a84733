package bibench.data.corrupt;

import java.util.List;

/**
 * Impulse (salt-and-pepper) noise, as {@code skimage.util.random_noise(mode='s&p')}: each value
 * (each channel of each pixel independently) is replaced with probability {@code amount}, by 1
 * (salt) or 0 (pepper) with equal odds; amount = 0.01, 0.02, 0.03, 0.05, 0.07 for severities 1 to
 * 5 (Hendrycks and Dietterich 2019, CIFAR-10-C parameters).
 */
final class ImpulseNoise extends TabulatedCorruption {
  ImpulseNoise() {
    super("impulse_noise", true, true, List.of("amount"),
        new double[][] {{0.01}, {0.02}, {0.03}, {0.05}, {0.07}});
  }

  @Override
  ChwImage corrupt(ChwImage image, double[] p, CorruptionRandom rng) {
    double amount = p[0];
    float[] x = image.data();
    float[] out = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      double u = rng.nextDouble();
      if (u < amount) {
        out[i] = u < amount / 2 ? 1f : 0f;
      } else {
        out[i] = x[i];
      }
    }
    return image.withData(out);
  }
}
