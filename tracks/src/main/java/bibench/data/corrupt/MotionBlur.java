package bibench.data.corrupt;

import java.util.List;

/**
 * Motion blur: every channel is smeared along a random direction with ImageMagick's motion blur
 * (see {@link MotionBlurKernel}), angle uniform in [-45, 45) degrees per image; (radius, sigma) =
 * (6, 1), (6, 1.5), (6, 2), (8, 2), (9, 2.5) for severities 1 to 5 (Hendrycks and Dietterich 2019,
 * CIFAR-10-C parameters). The reference round-trips the image through 8-bit PNG for ImageMagick;
 * here it stays float.
 */
final class MotionBlur extends TabulatedCorruption {
  MotionBlur() {
    super("motion_blur", false, true, List.of("radius", "sigma"),
        new double[][] {{6, 1}, {6, 1.5}, {6, 2}, {8, 2}, {9, 2.5}});
  }

  @Override
  ChwImage corrupt(ChwImage image, double[] p, CorruptionRandom rng) {
    double angle = rng.uniform(-45, 45);
    return ColourPlanes.perChannel(image,
        plane -> MotionBlurKernel.blur(plane, image.height(), image.width(), p[0], p[1], angle));
  }
}
