package bibench.data.corrupt;

import java.util.List;

/**
 * Elastic transform (the reference's modification of Simard et al.'s elastic distortion): a random
 * affine warp followed by a smooth random displacement field. With {@code S = min(H, W)} (32 for
 * CIFAR-10, the reference's fixed {@code IMSIZE}) and parameters given as fractions of S:
 *
 * <ol>
 *   <li>Affine: the three points (cx + q, cy + q), (cx + q, cy - q), (cx - q, cy - q), where {@code
 *       (cx, cy) = (W // 2, H // 2)} and {@code q = S // 3}, each move by {@code U(-a S, a S)} in x
 *       and y; the affine map taking the old points to the new ones warps the image (OpenCV's
 *       {@code warpAffine}: bilinear, reflect-101 border).
 *   <li>Displacement: fields {@code dx, dy = gaussian(U(-1, 1)^{H x W}, sigma S) * alpha S}
 *       (SciPy's Gaussian filter, mirror border {@code reflect}, truncated at 3 sigma); pixel (y,
 *       x) takes the warped image at (y + dy, x + dx), bilinear, border {@code reflect} (SciPy's
 *       {@code map_coordinates(order=1)}).
 * </ol>
 *
 * <p>(alpha, sigma, affine) = (0, 0, 0.08), (0.05, 0.2, 0.07), (0.08, 0.06, 0.06), (0.1, 0.04,
 * 0.05), (0.1, 0.03, 0.03) for severities 1 to 5 (Hendrycks and Dietterich 2019, CIFAR-10-C
 * parameters, there multiplied by 32). OpenCV computes bilinear weights in 1/32 pixel steps; here
 * they are exact.
 */
final class ElasticTransform extends TabulatedCorruption {
  private static final double DISPLACEMENT_TRUNCATE = 3.0;

  ElasticTransform() {
    super("elastic_transform", false, true, List.of("alpha", "sigma", "affine"),
        new double[][] {{0, 0, 0.08}, {0.05, 0.2, 0.07}, {0.08, 0.06, 0.06}, {0.1, 0.04, 0.05}, {0.1, 0.03, 0.03}});
  }

  @Override
  ChwImage corrupt(ChwImage image, double[] p, CorruptionRandom rng) {
    int h = image.height();
    int w = image.width();
    int s = Math.min(h, w);
    double alpha = p[0] * s;
    double sigma = p[1] * s;
    double shift = p[2] * s;
    double[] inverse = inverseAffine(randomAffine(h, w, s / 3, shift, rng));
    float[] dx = displacement(h, w, sigma, alpha, rng);
    float[] dy = displacement(h, w, sigma, alpha, rng);
    return ColourPlanes.perChannel(image, plane -> {
      float[] warped = new float[plane.length];
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          double sx = inverse[0] * x + inverse[1] * y + inverse[2];
          double sy = inverse[3] * x + inverse[4] * y + inverse[5];
          warped[y * w + x] = Filters.bilinear(plane, h, w, sy, sx, Border.REFLECT_101);
        }
      }
      float[] out = new float[plane.length];
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          int i = y * w + x;
          out[i] = Filters.bilinear(warped, h, w, y + dy[i], x + dx[i], Border.REFLECT);
        }
      }
      return out;
    });
  }

  /** The 2x3 map {a, b, c, d, e, f}: x' = a x + b y + c, y' = d x + e y + f, old to new points. */
  static double[] randomAffine(int h, int w, int q, double shift, CorruptionRandom rng) {
    double cx = w / 2;
    double cy = h / 2;
    double[][] from = {{cx + q, cy + q}, {cx + q, cy - q}, {cx - q, cy - q}};
    double[][] to = new double[3][2];
    for (int k = 0; k < 3; k++) {
      to[k][0] = from[k][0] + rng.uniform(-shift, shift);
      to[k][1] = from[k][1] + rng.uniform(-shift, shift);
    }
    return affineThrough(from, to);
  }

  /** The affine map taking three points to three others (Cramer's rule on each coordinate). */
  static double[] affineThrough(double[][] from, double[][] to) {
    double det = from[0][0] * (from[1][1] - from[2][1])
        - from[0][1] * (from[1][0] - from[2][0])
        + (from[1][0] * from[2][1] - from[2][0] * from[1][1]);
    double[] m = new double[6];
    for (int out = 0; out < 2; out++) {
      double v0 = to[0][out];
      double v1 = to[1][out];
      double v2 = to[2][out];
      double a = (v0 * (from[1][1] - from[2][1]) - from[0][1] * (v1 - v2) + (v1 * from[2][1] - v2 * from[1][1])) / det;
      double b = (from[0][0] * (v1 - v2) - v0 * (from[1][0] - from[2][0]) + (from[1][0] * v2 - from[2][0] * v1)) / det;
      double c = (from[0][0] * (from[1][1] * v2 - from[2][1] * v1)
          - from[0][1] * (from[1][0] * v2 - from[2][0] * v1)
          + v0 * (from[1][0] * from[2][1] - from[2][0] * from[1][1])) / det;
      m[3 * out] = a;
      m[3 * out + 1] = b;
      m[3 * out + 2] = c;
    }
    return m;
  }

  /** The inverse of a 2x3 affine map, so the warp can look up where each output pixel comes from. */
  static double[] inverseAffine(double[] m) {
    double det = m[0] * m[4] - m[1] * m[3];
    double a = m[4] / det;
    double b = -m[1] / det;
    double d = -m[3] / det;
    double e = m[0] / det;
    return new double[] {a, b, -(a * m[2] + b * m[5]), d, e, -(d * m[2] + e * m[5])};
  }

  private static float[] displacement(int h, int w, double sigma, double alpha, CorruptionRandom rng) {
    float[] field = new float[h * w];
    for (int i = 0; i < field.length; i++) {
      field[i] = (float) rng.uniform(-1, 1);
    }
    float[] k = Filters.gaussianKernel(sigma, DISPLACEMENT_TRUNCATE);
    float[] smooth = Filters.separable(field, h, w, k, k, Border.REFLECT);
    for (int i = 0; i < smooth.length; i++) {
      smooth[i] *= (float) alpha;
    }
    return smooth;
  }
}
