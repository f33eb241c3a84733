package bibench.harness.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Reference values computed with mpmath at 40-50 significant digits (python3, mpmath 1.3:
 * P(T <= t) = betainc(df/2, 1/2, 0, df/(df+t^2), regularized=True)/2 for t < 0; quantiles by
 * bisection on that function), printed to 20 digits; the familiar table values (12.706 at df 1,
 * 2.776 at 4, 2.228 at 10) are the same numbers rounded.
 */
class StudentTTest {

  private static void assertRelative(double expected, double actual, double tolerance) {
    assertEquals(expected, actual, Math.abs(expected) * tolerance, () -> "expected " + expected + ", got " + actual);
  }

  @Test
  void distributionFunctionMatchesReferenceValues() {
    assertRelative(0.10241638234956672582, StudentT.cdf(-3.0, 1), 1e-12);
    assertRelative(0.64758361765043327418, StudentT.cdf(0.5, 1), 1e-12);
    assertRelative(0.064805860110755404557, StudentT.cdf(-2.5, 2), 1e-12);
    assertRelative(0.80449889052211467904, StudentT.cdf(1.0, 3), 1e-12);
    assertRelative(0.0051617077404157269022, StudentT.cdf(-4.0, 5), 1e-12);
    assertRelative(0.97499411409144431732, StudentT.cdf(2.228, 10), 1e-12);
    assertRelative(0.072032964564323000651, StudentT.cdf(-1.5, 30), 1e-12);
    assertRelative(0.078695747878982993312, StudentT.cdf(-2.0, 2.5), 1e-12);
    assertRelative(0.99178494093419141699, StudentT.cdf(3.1, 7.3), 1e-12);
    assertRelative(0.1836540779929717241, StudentT.cdf(-3.0, 0.5), 1e-12);
    assertRelative(0.022750266925659604211, StudentT.cdf(-2.0, 1e6), 1e-12);
    assertRelative(0.022750132083156623547, StudentT.cdf(-2.0, 1e9), 1e-11);
  }

  @Test
  void farTailsKeepTheirRelativeAccuracy() {
    assertRelative(3.1830988618368456824e-7, StudentT.cdf(-1e6, 1), 1e-12);
    assertRelative(4.787226828484849205e-7, StudentT.cdf(-50, 4), 1e-12);
    assertRelative(1.1364324038640403237e-12, StudentT.cdf(-8, 100), 1e-11);
    assertRelative(7.6873437220217411056e-142, StudentT.cdf(-30, 1000), 1e-10);
    assertRelative(0.041738031371732171912, StudentT.cdf(-1e10, 0.1), 1e-12);
    assertRelative(1.1364324038640403237e-12, StudentT.survival(8, 100), 1e-11);
    assertRelative(2 * 0.0051617077404157269022, StudentT.twoSidedP(4.0, 5), 1e-12);
    assertRelative(2 * 0.0051617077404157269022, StudentT.twoSidedP(-4.0, 5), 1e-12);
  }

  @Test
  void quantilesMatchReferenceValues() {
    assertRelative(12.706204736174693314, StudentT.t975(1), 1e-12);
    assertRelative(4.3026527297494617894, StudentT.t975(2), 1e-12);
    assertRelative(3.1824463052837084359, StudentT.t975(3), 1e-12);
    assertRelative(2.7764451051977934898, StudentT.t975(4), 1e-12);
    assertRelative(2.5705818356363147828, StudentT.t975(5), 1e-12);
    assertRelative(2.2281388519862742245, StudentT.t975(10), 1e-12);
    assertRelative(2.0422724563012378878, StudentT.t975(30), 1e-12);
    assertRelative(1.9839715185235518946, StudentT.t975(100), 1e-12);
    assertRelative(3.5746548420036817607, StudentT.t975(2.5), 1e-12);
    assertRelative(1.9599663568141066553, StudentT.t975(1e6), 1e-12);
    assertRelative(1.9599639869123250887, StudentT.t975(1e9), 1e-11);
    assertRelative(1.8829300179564310285, StudentT.quantile(0.95, 7.3), 1e-12);
    assertRelative(636.61924876878972983, StudentT.quantile(0.9995, 1), 1e-12);
    assertRelative(4.0321429835552271793, StudentT.quantile(0.995, 5), 1e-12);
    assertRelative(-2.1721732968097831722, StudentT.quantile(0.025, 12.34), 1e-12);
    assertRelative(-10331.108244292486204, StudentT.quantile(1e-12, 3), 1e-11);
    assertRelative(5.0099479596464064438, StudentT.quantile(0.9, 0.7), 1e-12);
    assertRelative(1682362288745.0105415, StudentT.quantile(0.975, 0.1), 1e-11);
  }

  @Test
  void quantilesMatchTheClosedFormsForOneAndTwoDegrees() {
    for (double p : new double[] {1e-9, 0.001, 0.025, 0.3, 0.5, 0.77, 0.975, 0.999999}) {
      // df = 1 is Cauchy: tan(pi (p - 1/2)) = -1 / tan(pi p); df = 2: (2p - 1) / sqrt(2 p (1 - p))
      double one = p < 0.5 ? -1 / Math.tan(Math.PI * p) : 1 / Math.tan(Math.PI * (1 - p));
      assertEquals(one, StudentT.quantile(p, 1), 1e-12 * Math.max(1, Math.abs(one)));
      double two = (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
      assertEquals(two, StudentT.quantile(p, 2), 1e-12 * Math.max(1, Math.abs(two)));
    }
  }

  @Test
  void quantileInvertsTheDistributionFunction() {
    for (double df : new double[] {0.3, 1, 1.5, 3, 8.8, 40, 1e4}) {
      for (double p : new double[] {1e-15, 1e-6, 0.01, 0.2, 0.6, 0.99, 1 - 1e-9}) {
        double t = StudentT.quantile(p, df);
        assertRelative(Math.min(p, 1 - p), Math.min(StudentT.cdf(t, df), StudentT.survival(t, df)), 1e-12);
      }
    }
  }

  @Test
  void infiniteDegreesOfFreedomAreTheNormal() {
    assertRelative(0.0013498980316300945267, StudentT.cdf(-3, Double.POSITIVE_INFINITY), 1e-13);
    assertRelative(7.619853024160526066e-24, StudentT.cdf(-10, Double.POSITIVE_INFINITY), 1e-12);
    assertRelative(0.933192798731141934, StudentT.cdf(1.5, Double.POSITIVE_INFINITY), 1e-14);
    assertRelative(1.959963984540054, StudentT.t975(Double.POSITIVE_INFINITY), 1e-13);
  }

  @Test
  void edgesAndBadInput() {
    assertEquals(0.5, StudentT.cdf(0, 3));
    assertEquals(0, StudentT.cdf(Double.NEGATIVE_INFINITY, 3));
    assertEquals(1, StudentT.cdf(Double.POSITIVE_INFINITY, 3));
    assertEquals(0, StudentT.quantile(0.5, 3));
    assertEquals(Double.POSITIVE_INFINITY, StudentT.quantile(1, 3));
    assertEquals(1, StudentT.twoSidedP(0, 3));
    assertThrows(IllegalArgumentException.class, () -> StudentT.cdf(1, 0));
    assertThrows(IllegalArgumentException.class, () -> StudentT.quantile(1.5, 3));
    assertThrows(IllegalArgumentException.class, () -> StudentT.cdf(1, Double.NaN));
  }
}
