package bibench.harness.stats;

/**
 * The special functions behind Student's t and the normal distribution: log gamma, log beta, the
 * regularized incomplete beta function and the regularized upper incomplete gamma function.
 *
 * <p>Log beta follows R's {@code lbeta}: for large arguments it subtracts Stirling's series
 * analytically instead of subtracting two large log gammas, so that Student's t keeps its
 * accuracy at hundreds of thousands of degrees of freedom. The incomplete functions use the
 * continued fractions of Numerical Recipes (modified Lentz), evaluated on the side where they
 * converge fast; relative accuracy is about 1e-15.
 */
final class SpecialFunctions {
  private static final double EPSILON = 1e-16;
  private static final double TINY = 1e-300;
  private static final int MAX_ITERATIONS = 2_000_000;
  private static final double LARGE_RATIO = 1000;
  private static final double LN_SQRT_2PI = 0.9189385332046727418;
  private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
      771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
      1.5056327351493116e-7};

  private SpecialFunctions() {}

  /** ln Γ(x) for x > 0. */
  static double lnGamma(double x) {
    if (!(x > 0)) {
      throw new IllegalArgumentException("lnGamma needs x > 0, got " + x);
    }
    if (x >= 10) {
      return (x - 0.5) * Math.log(x) - x + LN_SQRT_2PI + stirlingCorrection(x);
    }
    if (x < 0.5) {
      // reflection: Γ(x) Γ(1 - x) = π / sin(πx)
      return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
    }
    double z = x - 1;
    double sum = LANCZOS[0];
    for (int i = 1; i < LANCZOS.length; i++) {
      sum += LANCZOS[i] / (z + i);
    }
    double t = z + 7.5;
    return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
  }

  /**
   * Stirling's remainder δ(x) = ln Γ(x) - ((x - 1/2) ln x - x + ln sqrt(2π)) for x >= 10, from
   * the asymptotic series in the Bernoulli numbers (terms up to B_16: below 1e-17 at x = 10).
   */
  static double stirlingCorrection(double x) {
    double inv = 1 / x;
    double inv2 = inv * inv;
    return inv * (1.0 / 12 + inv2 * (-1.0 / 360 + inv2 * (1.0 / 1260 + inv2 * (-1.0 / 1680 + inv2 * (1.0 / 1188
        + inv2 * (-691.0 / 360360 + inv2 * (1.0 / 156 + inv2 * (-3617.0 / 122400))))))));
  }

  /** ln B(a, b) = ln Γ(a) + ln Γ(b) - ln Γ(a + b), for a, b > 0, without cancellation for large a or b. */
  static double lnBeta(double a, double b) {
    double p = Math.min(a, b);
    double q = Math.max(a, b);
    if (p >= 10) {
      double corr = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q);
      return -0.5 * Math.log(q) + LN_SQRT_2PI + corr + (p - 0.5) * Math.log(p / (p + q)) + q * Math.log1p(-p / (p + q));
    }
    if (q >= 10) {
      double corr = stirlingCorrection(q) - stirlingCorrection(p + q);
      return lnGamma(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q));
    }
    return lnGamma(p) + lnGamma(q) - lnGamma(p + q);
  }

  /**
   * The regularized incomplete beta function I_x(a, b), given x, y = 1 - x and their logarithms
   * (a caller that knows them more accurately than {@code Math.log(x)} passes them in).
   */
  static double regularizedBeta(double x, double y, double lnX, double lnY, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (y <= 0) {
      return 1;
    }
    double front = Math.exp(a * lnX + b * lnY - lnBeta(a, b));
    if (x < (a + 1) / (a + b + 2)) {
      if (a > LARGE_RATIO * b && y < 2 * (b + 1) / (a + b + 2)) {
        // For a >> b just below the switch point the direct fraction loses digits (1e-11 at a = 5e5,
        // b = 1/2: Student's t with a million degrees of freedom, |t| < 2.5); the complement's fraction,
        // still converging there, does not, and the result is not small enough to cancel.
        return 1 - front * betaFraction(b, a, y) / b;
      }
      return front * betaFraction(a, b, x) / a;
    }
    return 1 - front * betaFraction(b, a, y) / b;
  }

  /** I_x(a, b) for 0 <= x <= 1. */
  static double regularizedBeta(double x, double a, double b) {
    return regularizedBeta(x, 1 - x, Math.log(x), Math.log1p(-x), a, b);
  }

  /** The continued fraction of the incomplete beta function (Numerical Recipes' betacf). */
  private static double betaFraction(double a, double b, double x) {
    double qab = a + b;
    double qap = a + 1;
    double qam = a - 1;
    double c = 1;
    double d = 1 - qab * x / qap;
    d = Math.abs(d) < TINY ? TINY : d;
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= MAX_ITERATIONS; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1 + aa * d;
      d = Math.abs(d) < TINY ? TINY : d;
      c = 1 + aa / c;
      c = Math.abs(c) < TINY ? TINY : c;
      d = 1 / d;
      h *= d * c;
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
      d = 1 + aa * d;
      d = Math.abs(d) < TINY ? TINY : d;
      c = 1 + aa / c;
      c = Math.abs(c) < TINY ? TINY : c;
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) <= EPSILON) {
        return h;
      }
    }
    throw new ArithmeticException("incomplete beta did not converge for a=" + a + ", b=" + b + ", x=" + x);
  }

  /** The regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a), for a > 0, x >= 0. */
  static double upperGamma(double a, double x) {
    if (x <= 0) {
      return 1;
    }
    double lnFront = -x + a * Math.log(x) - lnGamma(a);
    if (x < a + 1) {
      // series for P(a, x)
      double term = 1 / a;
      double sum = term;
      for (int n = 1; n <= MAX_ITERATIONS; n++) {
        term *= x / (a + n);
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * EPSILON) {
          return 1 - sum * Math.exp(lnFront);
        }
      }
      throw new ArithmeticException("incomplete gamma series did not converge for a=" + a + ", x=" + x);
    }
    // continued fraction for Q(a, x)
    double b = x + 1 - a;
    double c = 1 / TINY;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i <= MAX_ITERATIONS; i++) {
      double an = -i * (i - a);
      b += 2;
      d = an * d + b;
      d = Math.abs(d) < TINY ? TINY : d;
      c = b + an / c;
      c = Math.abs(c) < TINY ? TINY : c;
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) <= EPSILON) {
        return Math.exp(lnFront) * h;
      }
    }
    throw new ArithmeticException("incomplete gamma fraction did not converge for a=" + a + ", x=" + x);
  }

  /** The standard normal distribution function Φ(z), accurate in both tails. */
  static double normalCdf(double z) {
    if (Double.isNaN(z)) {
      return Double.NaN;
    }
    // Φ(z) = erfc(-z / sqrt 2) / 2 and erfc(u) = Q(1/2, u^2) for u >= 0
    double tail = 0.5 * upperGamma(0.5, z * z / 2);
    return z < 0 ? tail : 1 - tail;
  }

  /** The standard normal density. */
  static double normalDensity(double z) {
    return Math.exp(-z * z / 2 - LN_SQRT_2PI);
  }
}
