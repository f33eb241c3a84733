package bibench.harness.stats;

import java.util.List;

/**
 * Mean, sample standard deviation and 95% confidence interval of a small sample, typically one
 * value per seed, leaving out NaN values (a diverged seed) but counting them. The interval is
 * Student's t with n - 1 degrees of freedom, mean ± t975(n - 1) * sd / sqrt(n): exact for normal
 * values and the honest choice for 2-10 seeds, where a bootstrap has too few values to resample.
 *
 * @param mean mean of the finite values (NaN when none)
 * @param sd sample standard deviation, divisor n - 1 (NaN when fewer than two)
 * @param n number of finite values
 * @param diverged number of NaN values
 */
public record Summary(double mean, double sd, int n, int diverged) {

  /** The summary of {@code values}. */
  public static Summary of(List<Double> values) {
    double[] array = new double[values.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = values.get(i);
    }
    return of(array);
  }

  /** The summary of {@code values}. */
  public static Summary of(double... values) {
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
    return new Summary(mean, n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1)), n, diverged);
  }

  /** A summary of n values known only by their mean and sample standard deviation. */
  public static Summary ofMoments(double mean, double sd, int n) {
    return new Summary(mean, sd, n, 0);
  }

  /** Standard error of the mean, sd / sqrt(n) (NaN when fewer than two values). */
  public double se() {
    return n < 2 ? Double.NaN : sd / Math.sqrt(n);
  }

  /** Half-width of the two-sided 95% confidence interval of the mean (NaN when fewer than two values). */
  public double ci95() {
    return n < 2 ? Double.NaN : StudentT.t975(n - 1) * se();
  }

  /** Lower end of the 95% confidence interval (NaN when fewer than two values). */
  public double lower95() {
    return mean - ci95();
  }

  /** Upper end of the 95% confidence interval (NaN when fewer than two values). */
  public double upper95() {
    return mean + ci95();
  }

  /** True when there were values and every one was NaN. */
  public boolean allDiverged() {
    return n == 0 && diverged > 0;
  }

  /** Population standard deviation (divisor N) of {@code values}; NaN when empty. */
  public static double populationSd(List<Double> values) {
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

  /** Quadratic mean sqrt(mean(x^2)) of {@code values}, BiBench's way of averaging ratios; NaN when empty. */
  public static double quadraticMean(Iterable<Double> values) {
    double sum = 0;
    int n = 0;
    for (double v : values) {
      sum += v * v;
      n++;
    }
    return n == 0 ? Double.NaN : Math.sqrt(sum / n);
  }
}
