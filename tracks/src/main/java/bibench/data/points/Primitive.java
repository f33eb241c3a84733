package bibench.data.points;

import java.util.SplittableRandom;

/**
 * The labelled primitives of the synthetic point-cloud task, each with a rule that draws points
 * uniformly over its surface (area-weighted across its faces), in a canonical pose about the
 * size of the unit cube {@code [-1, 1]^3}.
 */
public enum Primitive {
  /** Radius 1. */
  SPHERE,
  /** Side 2, all six faces. */
  CUBE,
  /** Radius 1, height 2, side and both caps. */
  CYLINDER,
  /** Base radius 1 at z = -1, apex at z = 1, side and base. */
  CONE,
  /** Ring radius 1, tube radius 0.35, in the xy-plane. */
  TORUS,
  /** Square base of side 2 at z = -1, apex at z = 1, four sides and base. */
  PYRAMID,
  /** A cylinder of radius 0.5 and height 1.5 closed by two hemispheres. */
  CAPSULE,
  /** A flat disc of radius 1 in the xy-plane. */
  DISC;

  private static final double SQRT5 = Math.sqrt(5);

  /** Writes one surface point into {@code p[0..2]}. */
  public void sample(SplittableRandom r, double[] p) {
    switch (this) {
      case SPHERE -> onSphere(r, p, 1);
      case CUBE -> {
        int face = r.nextInt(6);
        double sign = face % 2 == 0 ? 1 : -1;
        int axis = face / 2;
        p[axis] = sign;
        p[(axis + 1) % 3] = 2 * r.nextDouble() - 1;
        p[(axis + 2) % 3] = 2 * r.nextDouble() - 1;
      }
      case CYLINDER -> {
        double side = 4 * Math.PI;
        double caps = 2 * Math.PI;
        if (r.nextDouble() * (side + caps) < side) {
          double a = 2 * Math.PI * r.nextDouble();
          set(p, Math.cos(a), Math.sin(a), 2 * r.nextDouble() - 1);
        } else {
          onDisc(r, p, 1, r.nextBoolean() ? 1 : -1);
        }
      }
      case CONE -> {
        double side = Math.PI * SQRT5;
        if (r.nextDouble() * (side + Math.PI) < side) {
          double u = Math.sqrt(r.nextDouble());
          double a = 2 * Math.PI * r.nextDouble();
          set(p, u * Math.cos(a), u * Math.sin(a), 1 - 2 * u);
        } else {
          onDisc(r, p, 1, -1);
        }
      }
      case TORUS -> {
        double big = 1;
        double small = 0.35;
        double theta;
        double phi;
        do {
          theta = 2 * Math.PI * r.nextDouble();
          phi = 2 * Math.PI * r.nextDouble();
        } while (r.nextDouble() * (big + small) > big + small * Math.cos(phi));
        double ring = big + small * Math.cos(phi);
        set(p, ring * Math.cos(theta), ring * Math.sin(theta), small * Math.sin(phi));
      }
      case PYRAMID -> {
        double side = SQRT5;
        double base = 4;
        double pick = r.nextDouble() * (4 * side + base);
        if (pick >= 4 * side) {
          set(p, 2 * r.nextDouble() - 1, 2 * r.nextDouble() - 1, -1);
        } else {
          int k = (int) (pick / side);
          double[][] corners = {{1, 1}, {-1, 1}, {-1, -1}, {1, -1}};
          double[] a = corners[k];
          double[] b = corners[(k + 1) % 4];
          triangle(r, p, new double[] {a[0], a[1], -1}, new double[] {b[0], b[1], -1},
              new double[] {0, 0, 1});
        }
      }
      case CAPSULE -> {
        double radius = 0.5;
        double half = 0.75;
        double side = 2 * Math.PI * radius * 2 * half;
        double ends = 4 * Math.PI * radius * radius;
        if (r.nextDouble() * (side + ends) < side) {
          double a = 2 * Math.PI * r.nextDouble();
          set(p, radius * Math.cos(a), radius * Math.sin(a), half * (2 * r.nextDouble() - 1));
        } else {
          onSphere(r, p, radius);
          p[2] += p[2] >= 0 ? half : -half;
        }
      }
      case DISC -> onDisc(r, p, 1, 0);
      default -> throw new IllegalStateException(name());
    }
  }

  /** The lower-case name used as the class name. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  private static void onSphere(SplittableRandom r, double[] p, double radius) {
    double x;
    double y;
    double z;
    double n;
    do {
      x = gaussian(r);
      y = gaussian(r);
      z = gaussian(r);
      n = Math.sqrt(x * x + y * y + z * z);
    } while (n < 1e-9);
    set(p, radius * x / n, radius * y / n, radius * z / n);
  }

  private static void onDisc(SplittableRandom r, double[] p, double radius, double z) {
    double u = radius * Math.sqrt(r.nextDouble());
    double a = 2 * Math.PI * r.nextDouble();
    set(p, u * Math.cos(a), u * Math.sin(a), z);
  }

  /** A uniform point of triangle abc. */
  static void triangle(SplittableRandom r, double[] p, double[] a, double[] b, double[] c) {
    double s = Math.sqrt(r.nextDouble());
    double t = r.nextDouble();
    for (int i = 0; i < 3; i++) {
      p[i] = (1 - s) * a[i] + s * (1 - t) * b[i] + s * t * c[i];
    }
  }

  /** A standard normal value (Box-Muller). */
  static double gaussian(SplittableRandom r) {
    double u = 1 - r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
  }

  private static void set(double[] p, double x, double y, double z) {
    p[0] = x;
    p[1] = y;
    p[2] = z;
  }
}
