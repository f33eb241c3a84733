package bibench.data.corrupt;

import java.util.List;

/**
 * Shot (Poisson) noise: {@code x' = clip(Poisson(x * lambda) / lambda)}, an independent draw per
 * value, lambda = 500, 250, 100, 75, 50 for severities 1 to 5 (Hendrycks and Dietterich 2019,
 * CIFAR-10-C parameters). The expected value stays x and the variance is {@code x / lambda}, so a
 * smaller lambda is more noise.
 */
final class ShotNoise extends TabulatedCorruption {
  ShotNoise() {
    super("shot_noise", true, true, List.of("lambda"),
        new double[][] {{500}, {250}, {100}, {75}, {50}});
  }

  @Override
  ChwImage corrupt(ChwImage image, double[] p, CorruptionRandom rng) {
    double lambda = p[0];
    float[] x = image.data();
    float[] out = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = (float) (rng.nextPoisson(x[i] * lambda) / lambda);
    }
    return image.withData(out);
  }
}
