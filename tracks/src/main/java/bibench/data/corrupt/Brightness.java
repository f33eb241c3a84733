package bibench.data.corrupt;

import java.util.List;

/**
 * Brightness: convert to HSV, {@code V' = clip(V + c)}, convert back; c = 0.05, 0.1, 0.15, 0.2,
 * 0.3 for severities 1 to 5 (Hendrycks and Dietterich 2019, CIFAR-10-C parameters). HSV as
 * scikit-image defines it (see {@link Hsv}).
 *
 * <p>A gray (1-channel) image is its own V with S = 0, so the result is {@code clip(x + c)}.
 */
final class Brightness extends TabulatedCorruption {
  Brightness() {
    super("brightness", true, false, List.of("c"),
        new double[][] {{0.05}, {0.1}, {0.15}, {0.2}, {0.3}});
  }

  @Override
  ChwImage corrupt(ChwImage image, double[] p, CorruptionRandom rng) {
    float c = (float) p[0];
    if (image.channels() == 1) {
      float[] x = image.data();
      float[] out = new float[x.length];
      for (int i = 0; i < x.length; i++) {
        out[i] = Math.min(x[i] + c, 1f);
      }
      return image.withData(out);
    }
    float[] h = image.plane(0);
    float[] s = image.plane(1);
    float[] v = image.plane(2);
    Hsv.rgbToHsv(h, s, v);
    for (int i = 0; i < v.length; i++) {
      v[i] = Math.min(Math.max(v[i] + c, 0f), 1f);
    }
    Hsv.hsvToRgb(h, s, v);
    return ColourPlanes.join(image, h, s, v);
  }
}
