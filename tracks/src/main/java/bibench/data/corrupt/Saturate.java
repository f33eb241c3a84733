package bibench.data.corrupt;

import java.util.List;

/**
 * Saturation change: convert to HSV, {@code S' = clip(S * mult + add)}, convert back; (mult, add) =
 * (0.3, 0), (0.1, 0), (1.5, 0), (2, 0.1), (2.5, 0.2) for severities 1 to 5 (one of the four extra
 * corruptions of Hendrycks and Dietterich 2019, CIFAR-10-C parameters). Severities 1 and 2 wash the
 * colours out, 3 to 5 exaggerate them. HSV as scikit-image defines it (see {@link Hsv}); as there,
 * a gray pixel of a colour image has hue 0, so the added saturation tints it red.
 *
 * <p>A gray (1-channel) image is only V, which saturation does not touch: it is returned
 * unchanged.
 */
final class Saturate extends TabulatedCorruption {
  Saturate() {
    super("saturate", true, false, List.of("mult", "add"),
        new double[][] {{0.3, 0}, {0.1, 0}, {1.5, 0}, {2, 0.1}, {2.5, 0.2}});
  }

  @Override
  ChwImage corrupt(ChwImage image, double[] p, CorruptionRandom rng) {
    if (image.channels() == 1) {
      return image.copy();
    }
    float mult = (float) p[0];
    float add = (float) p[1];
    float[] h = image.plane(0);
    float[] s = image.plane(1);
    float[] v = image.plane(2);
    Hsv.rgbToHsv(h, s, v);
    for (int i = 0; i < s.length; i++) {
      s[i] = Math.min(Math.max(s[i] * mult + add, 0f), 1f);
    }
    Hsv.hsvToRgb(h, s, v);
    return ColourPlanes.join(image, h, s, v);
  }
}
