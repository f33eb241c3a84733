package bibench.data.corrupt;

import java.util.List;

/**
 * Contrast reduction: {@code x' = clip((x - m) * c + m)} where {@code m} is the mean of the
 * channel over the image (the reference code's {@code np.mean(x, axis=(0, 1))}, one mean per
 * channel), c = 0.75, 0.5, 0.4, 0.3, 0.15 for severities 1 to 5 (Hendrycks and Dietterich 2019,
 * CIFAR-10-C parameters).
 */
final class Contrast extends TabulatedCorruption {
  Contrast() {
    super("contrast", true, false, List.of("c"),
        new double[][] {{0.75}, {0.5}, {0.4}, {0.3}, {0.15}});
  }

  @Override
  ChwImage corrupt(ChwImage image, double[] p, CorruptionRandom rng) {
    float c = (float) p[0];
    float[] x = image.data();
    float[] out = new float[x.length];
    int n = image.planeSize();
    for (int ch = 0; ch < image.channels(); ch++) {
      int off = image.planeOffset(ch);
      double sum = 0;
      for (int i = off; i < off + n; i++) {
        sum += x[i];
      }
      float mean = (float) (sum / n);
      for (int i = off; i < off + n; i++) {
        out[i] = (x[i] - mean) * c + mean;
      }
    }
    return image.withData(out);
  }
}
