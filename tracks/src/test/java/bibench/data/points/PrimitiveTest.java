package bibench.data.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Every primitive's points lie on its surface, spread by area. */
class PrimitiveTest {

  private static final double EPS = 1e-9;

  private static double[][] points(Primitive p, int n) {
    SplittableRandom r = new SplittableRandom(42);
    double[][] pts = new double[n][3];
    for (double[] q : pts) {
      p.sample(r, q);
    }
    return pts;
  }

  private static double radial(double[] q) {
    return Math.hypot(q[0], q[1]);
  }

  @Test
  void spherePointsHaveRadiusOne() {
    for (double[] q : points(Primitive.SPHERE, 2000)) {
      assertEquals(1, Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2]), EPS);
    }
  }

  @Test
  void cubePointsLieOnAFaceAndEveryFaceGetsASixth() {
    int[] faces = new int[6];
    for (double[] q : points(Primitive.CUBE, 60_000)) {
      double m = Math.max(Math.abs(q[0]), Math.max(Math.abs(q[1]), Math.abs(q[2])));
      assertEquals(1, m, EPS);
      for (int a = 0; a < 3; a++) {
        if (Math.abs(Math.abs(q[a]) - 1) < EPS) {
          faces[2 * a + (q[a] > 0 ? 0 : 1)]++;
        }
      }
    }
    for (int f : faces) {
      assertEquals(10_000, f, 400);
    }
  }

  @Test
  void cylinderCapsHoldAThirdOfThePoints() {
    int caps = 0;
    for (double[] q : points(Primitive.CYLINDER, 30_000)) {
      boolean onSide = Math.abs(radial(q) - 1) < EPS && Math.abs(q[2]) <= 1 + EPS;
      boolean onCap = Math.abs(Math.abs(q[2]) - 1) < EPS && radial(q) <= 1 + EPS;
      assertTrue(onSide || onCap);
      caps += onCap && !onSide ? 1 : 0;
    }
    // caps 2 pi of total area 6 pi
    assertEquals(10_000, caps, 400);
  }

  @Test
  void conePointsLieOnItsSideOrBase() {
    for (double[] q : points(Primitive.CONE, 5000)) {
      boolean onBase = Math.abs(q[2] + 1) < EPS && radial(q) <= 1 + EPS;
      boolean onSide = Math.abs(radial(q) - (1 - q[2]) / 2) < EPS;
      assertTrue(onBase || onSide);
    }
  }

  @Test
  void torusPointsAreAtTubeRadiusFromTheRing() {
    double outer = 0;
    for (double[] q : points(Primitive.TORUS, 20_000)) {
      double d = Math.hypot(radial(q) - 1, q[2]);
      assertEquals(0.35, d, EPS);
      outer += radial(q) > 1 ? 1 : 0;
    }
    // Uniform on the surface: the outer half (radius > 1) has more area than the inner half:
    // fraction = 1/2 + r / (pi R) = 0.5 + 0.35 / pi = 0.611.
    assertEquals(0.611, outer / 20_000, 0.015);
  }

  @Test
  void pyramidPointsLieOnItsFacesOrBase() {
    for (double[] q : points(Primitive.PYRAMID, 5000)) {
      boolean onBase = Math.abs(q[2] + 1) < EPS;
      // side planes: max(|x|, |y|) = (1 - z) / 2
      boolean onSide = Math.abs(Math.max(Math.abs(q[0]), Math.abs(q[1])) - (1 - q[2]) / 2) < EPS;
      assertTrue(onBase || onSide);
    }
  }

  @Test
  void capsulePointsAreHalfAUnitFromItsAxisSegment() {
    for (double[] q : points(Primitive.CAPSULE, 5000)) {
      double z = Math.max(-0.75, Math.min(0.75, q[2]));
      assertEquals(0.5, Math.sqrt(q[0] * q[0] + q[1] * q[1] + (q[2] - z) * (q[2] - z)), EPS);
    }
  }

  @Test
  void discPointsAreFlatAndUniformInArea() {
    int inner = 0;
    for (double[] q : points(Primitive.DISC, 20_000)) {
      assertEquals(0, q[2], 0);
      assertTrue(radial(q) <= 1 + EPS);
      inner += radial(q) < 0.5 ? 1 : 0;
    }
    assertEquals(0.25, inner / 20_000.0, 0.015);
  }
}
