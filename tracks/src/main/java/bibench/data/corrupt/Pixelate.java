package bibench.data.corrupt;

import java.util.List;

/**
 * Pixelation: shrink the image to {@code floor(factor * W) x floor(factor * H)} and enlarge it
 * back, both with Pillow's BOX filter as the reference code does ({@code resize(..., BOX)} down,
 * then {@code resize((32, 32), BOX)} up); factor = 0.95, 0.9, 0.85, 0.75, 0.65 for severities 1 to
 * 5 (Hendrycks and Dietterich 2019, CIFAR-10-C parameters).
 *
 * <p>Resampling (see {@link Resample#boxResize}): down-sampling averages the source pixels whose
 * centres fall in each target pixel's footprint; up-sampling with BOX picks the nearest source
 * pixel. Pillow's 8-bit rounding between the two passes is not reproduced (images stay float).
 */
final class Pixelate extends TabulatedCorruption {
  Pixelate() {
    super("pixelate", true, false, List.of("factor"),
        new double[][] {{0.95}, {0.9}, {0.85}, {0.75}, {0.65}});
  }

  @Override
  ChwImage corrupt(ChwImage image, double[] p, CorruptionRandom rng) {
    int h = image.height();
    int w = image.width();
    int smallH = Math.max(1, (int) (h * p[0]));
    int smallW = Math.max(1, (int) (w * p[0]));
    return ColourPlanes.perChannel(image, plane -> {
      float[] small = Resample.boxResize(plane, h, w, smallH, smallW);
      return Resample.boxResize(small, smallH, smallW, h, w);
    });
  }
}
