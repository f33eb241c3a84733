package bibench.data.corrupt;

import java.util.List;

/**
 * Snow: a random layer of flakes, smeared by motion blur, over a whitened image. Per image: a
 * layer {@code S ~ N(loc, scale^2)} of size H x W is enlarged by {@code clipped_zoom(S, zoom)}
 * (see {@link Resample#clippedZoom}), values below {@code threshold} are set to 0, it is clipped to
 * [0, 1] and blurred with ImageMagick's motion blur (see {@link MotionBlurKernel}) of the given
 * radius and sigma at an angle uniform in [-135, -45) degrees. The image is whitened, {@code x1 =
 * blend * x + (1 - blend) * max(x, 1.5 * gray(x) + 0.5)} (gray = BT.601 luma, the channel itself
 * for gray images), and the flakes are added twice, once turned by 180 degrees: {@code x' =
 * clip(x1 + S + rot180(S))}.
 *
 * <p>(loc, scale, zoom, threshold, radius, sigma, blend) = (0.1, 0.2, 1, 0.6, 8, 3, 0.95), (0.1,
 * 0.2, 1, 0.5, 10, 4, 0.9), (0.15, 0.3, 1.75, 0.55, 10, 4, 0.9), (0.25, 0.3, 2.25, 0.6, 12, 6,
 * 0.85), (0.3, 0.3, 1.25, 0.65, 14, 12, 0.8) for severities 1 to 5 (Hendrycks and Dietterich 2019,
 * CIFAR-10-C parameters). The reference's 8-bit PNG round trip of the layer is not reproduced.
 */
final class Snow extends TabulatedCorruption {
  Snow() {
    super("snow", false, true,
        List.of("loc", "scale", "zoom", "threshold", "radius", "sigma", "blend"),
        new double[][] {
            {0.1, 0.2, 1, 0.6, 8, 3, 0.95},
            {0.1, 0.2, 1, 0.5, 10, 4, 0.9},
            {0.15, 0.3, 1.75, 0.55, 10, 4, 0.9},
            {0.25, 0.3, 2.25, 0.6, 12, 6, 0.85},
            {0.3, 0.3, 1.25, 0.65, 14, 12, 0.8}});
  }

  @Override
  ChwImage corrupt(ChwImage image, double[] p, CorruptionRandom rng) {
    int h = image.height();
    int w = image.width();
    int n = image.planeSize();
    float[] layer = new float[n];
    for (int i = 0; i < n; i++) {
      layer[i] = (float) rng.nextGaussian(p[0], p[1]);
    }
    layer = Resample.clippedZoom(layer, h, w, p[2]);
    for (int i = 0; i < n; i++) {
      float v = layer[i] < p[3] ? 0f : layer[i];
      layer[i] = Math.min(Math.max(v, 0f), 1f);
    }
    double angle = rng.uniform(-135, -45);
    float[] flakes = MotionBlurKernel.blur(layer, h, w, p[4], p[5], angle);
    float blend = (float) p[6];
    float[] gray = ColourPlanes.gray(image);
    float[] x = image.data();
    float[] out = new float[x.length];
    for (int c = 0; c < image.channels(); c++) {
      int off = image.planeOffset(c);
      for (int i = 0; i < n; i++) {
        float v = x[off + i];
        float whitened = blend * v + (1 - blend) * Math.max(v, gray[i] * 1.5f + 0.5f);
        out[off + i] = whitened + flakes[i] + flakes[n - 1 - i];
      }
    }
    return image.withData(out);
  }
}
