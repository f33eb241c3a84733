package bibench.harness.tables;

import java.util.List;

/**
 * Mean, spread and 95% confidence interval of the seeds of one cell, leaving out NaN (diverged)
 * seeds.
 *
 * @param mean mean of the finite values (NaN when none)
 * @param stddev sample standard deviation (NaN when fewer than two)
 * @param n number of finite values
 * @param diverged number of NaN values
 */
public record Stats(double mean, double stddev, int n, int diverged) {

  /** Two-sided 97.5% quantiles of Student's t for 1..30 degrees of freedom. */
  private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262,
      2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069,
      2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};

  /** Statistics of {@code values}. */
  public static Stats of(List<Double> values) {
    int n = 0;
    int diverged = 0;
    double sum = 0;
    for (double v : values) {
      if (Double.isNaN(v)) {
        diverged++;
      } else {
        n++;
        sum += v;
      }
    }
    double mean = n == 0 ? Double.NaN : sum / n;
    double ss = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        ss += (v - mean) * (v - mean);
      }
    }
    return new Stats(mean, n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1)), n, diverged);
  }

  /** Half-width of the 95% confidence interval of the mean (NaN when fewer than two values). */
  public double ci95() {
    if (n < 2) {
      return Double.NaN;
    }
    return t975(n - 1) * stddev / Math.sqrt(n);
  }

  /**
   * The 97.5% quantile of Student's t with {@code df} degrees of freedom (the factor of a two-sided
   * 95% interval). Tabled values for 1..30 (a fractional df, as Welch's test gives, is rounded down,
   * which widens the interval); above 30 the Cornish-Fisher expansion around the normal quantile,
   * which is within 0.001 of the exact value there.
   */
  public static double t975(double df) {
    if (!(df >= 1)) {
      throw new IllegalArgumentException("degrees of freedom must be at least 1, got " + df);
    }
    if (df <= T975.length) {
      return T975[(int) Math.floor(df) - 1];
    }
    double z = 1.959964;
    double z3 = z * z * z;
    double z5 = z3 * z * z;
    return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df * df);
  }

  /** Population standard deviation (divides by N) of {@code values}; NaN when empty. */
  public static double populationStddev(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double mean = 0;
    for (double v : values) {
      mean += v;
    }
    mean /= values.size();
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    return Math.sqrt(ss / values.size());
  }

  /** True when every seed diverged. */
  public boolean allDiverged() {
    return n == 0 && diverged > 0;
  }
}
