package bibench.data.corrupt;

import java.util.List;

/**
 * Speckle (multiplicative) noise: {@code x' = clip(x + x * N(0, sigma^2))}, an independent draw
 * per value, sigma = 0.06, 0.10, 0.12, 0.16, 0.20 for severities 1 to 5 (one of the four extra
 * corruptions of Hendrycks and Dietterich 2019, CIFAR-10-C parameters). Black stays black.
 */
final class SpeckleNoise extends TabulatedCorruption {
  SpeckleNoise() {
    super("speckle_noise", true, true, List.of("sigma"),
        new double[][] {{0.06}, {0.10}, {0.12}, {0.16}, {0.20}});
  }

  @Override
  ChwImage corrupt(ChwImage image, double[] p, CorruptionRandom rng) {
    double sigma = p[0];
    float[] x = image.data();
    float[] out = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = (float) (x[i] + x[i] * sigma * rng.nextGaussian());
    }
    return image.withData(out);
  }
}
