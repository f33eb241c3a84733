package bibench.data.points;

import java.util.SplittableRandom;

/**
 * Small operations on point clouds held as {@code double[n][3]}, and the packing into a split's
 * sample layout {3, N}: all N x values, then all y values, then all z values.
 */
public final class PointClouds {

  private PointClouds() {}

  /** Centres the points on their mean and scales them so the farthest is at distance 1. */
  public static void normalizeToUnitSphere(double[][] pts) {
    double[] mean = new double[3];
    for (double[] p : pts) {
      for (int i = 0; i < 3; i++) {
        mean[i] += p[i] / pts.length;
      }
    }
    double max = 0;
    for (double[] p : pts) {
      for (int i = 0; i < 3; i++) {
        p[i] -= mean[i];
      }
      max = Math.max(max, Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]));
    }
    if (max > 0) {
      for (double[] p : pts) {
        for (int i = 0; i < 3; i++) {
          p[i] /= max;
        }
      }
    }
  }

  /** A uniformly random rotation matrix (from a random unit quaternion). */
  public static double[][] randomRotation(SplittableRandom r) {
    double w;
    double x;
    double y;
    double z;
    double n;
    do {
      w = Primitive.gaussian(r);
      x = Primitive.gaussian(r);
      y = Primitive.gaussian(r);
      z = Primitive.gaussian(r);
      n = Math.sqrt(w * w + x * x + y * y + z * z);
    } while (n < 1e-9);
    w /= n;
    x /= n;
    y /= n;
    z /= n;
    return new double[][] {
      {1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y)},
      {2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x)},
      {2 * (x * z - w * y), 2 * (y * z + w * x), 1 - 2 * (x * x + y * y)}
    };
  }

  /** Applies a 3x3 matrix to every point. */
  public static void transform(double[][] pts, double[][] m) {
    for (double[] p : pts) {
      double x = m[0][0] * p[0] + m[0][1] * p[1] + m[0][2] * p[2];
      double y = m[1][0] * p[0] + m[1][1] * p[1] + m[1][2] * p[2];
      double z = m[2][0] * p[0] + m[2][1] * p[1] + m[2][2] * p[2];
      p[0] = x;
      p[1] = y;
      p[2] = z;
    }
  }

  /** Writes the points into {@code dst} at {@code offset} in the {3, N} layout. */
  public static void pack(double[][] pts, float[] dst, int offset) {
    int n = pts.length;
    for (int i = 0; i < n; i++) {
      dst[offset + i] = (float) pts[i][0];
      dst[offset + n + i] = (float) pts[i][1];
      dst[offset + 2 * n + i] = (float) pts[i][2];
    }
  }
}
