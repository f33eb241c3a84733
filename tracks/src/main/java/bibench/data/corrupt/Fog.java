package bibench.data.corrupt;

import java.util.List;

/**
 * Fog: add a plasma fractal (see {@link PlasmaFractal}, size the next power of two of the larger
 * image side, cropped to H x W, the same for every channel) and rescale: {@code x' = clip((x + t *
 * F) * M / (M + t))}, where {@code M} is the image's maximum before the fog; (t, wibble decay) =
 * (0.2, 3), (0.5, 3), (0.75, 2.5), (1, 2), (1.5, 1.75) for severities 1 to 5 (Hendrycks and
 * Dietterich 2019, CIFAR-10-C parameters).
 */
final class Fog extends TabulatedCorruption {
  Fog() {
    super("fog", false, true, List.of("thickness", "wibble_decay"),
        new double[][] {{0.2, 3}, {0.5, 3}, {0.75, 2.5}, {1, 2}, {1.5, 1.75}});
  }

  @Override
  ChwImage corrupt(ChwImage image, double[] p, CorruptionRandom rng) {
    double t = p[0];
    int h = image.height();
    int w = image.width();
    double[][] fog = PlasmaFractal.generate(PlasmaFractal.sizeFor(Math.max(h, w)), p[1], rng);
    float[] x = image.data();
    float max = Float.NEGATIVE_INFINITY;
    for (float v : x) {
      max = Math.max(max, v);
    }
    double scale = max / (max + t);
    float[] out = new float[x.length];
    for (int c = 0; c < image.channels(); c++) {
      int off = image.planeOffset(c);
      for (int y = 0; y < h; y++) {
        for (int col = 0; col < w; col++) {
          int i = off + y * w + col;
          out[i] = (float) ((x[i] + t * fog[y][col]) * scale);
        }
      }
    }
    return image.withData(out);
  }
}
