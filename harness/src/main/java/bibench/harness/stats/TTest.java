package bibench.harness.stats;

import java.util.List;

/**
 * The result of a t-test about a difference d = first - second: the statistic t = d / se, its
 * degrees of freedom and p-value under the chosen {@link Tail}. Zero spread on both sides gives
 * t = ±∞ (p = 0) for a non-zero difference and t = 0 (no evidence) for none.
 *
 * @param difference the estimated difference (first - second)
 * @param standardError its standard error
 * @param statistic t = difference / standardError
 * @param df degrees of freedom (Welch-Satterthwaite for {@link #welch})
 * @param p the p-value
 */
public record TTest(double difference, double standardError, double statistic, double df, double p) {

  /**
   * Welch's two-sample test of mean(a) - mean(b), without assuming equal variances; df by
   * Welch-Satterthwaite. Each side needs at least two values.
   */
  public static TTest welch(Summary a, Summary b, Tail tail) {
    if (a.n() < 2 || b.n() < 2) {
      throw new IllegalArgumentException("Welch's test needs two values on each side, got " + a.n() + " and " + b.n());
    }
    double va = a.sd() * a.sd() / a.n();
    double vb = b.sd() * b.sd() / b.n();
    return of(a.mean() - b.mean(), Math.sqrt(va + vb), welchDf(va, a.n(), vb, b.n()), tail);
  }

  /**
   * Welch-Satterthwaite degrees of freedom of a difference of two means with squared standard
   * errors {@code va} (of {@code na} values) and {@code vb} (of {@code nb}); na + nb - 2 when
   * both are zero. Always between min(na, nb) - 1 and na + nb - 2.
   */
  public static double welchDf(double va, int na, double vb, int nb) {
    double denominator = va * va / (na - 1) + vb * vb / (nb - 1);
    if (denominator == 0) {
      return na + nb - 2;
    }
    return (va + vb) * (va + vb) / denominator;
  }

  /**
   * The paired test of mean(first_i - second_i) over pairs i (such as two operators trained from
   * the same seeds): a one-sample test of the differences. Needs two or more pairs.
   */
  public static TTest paired(List<Double> first, List<Double> second, Tail tail) {
    if (first.size() != second.size()) {
      throw new IllegalArgumentException("paired values must come in pairs, got " + first.size() + " and "
          + second.size());
    }
    double[] differences = new double[first.size()];
    for (int i = 0; i < differences.length; i++) {
      differences[i] = first.get(i) - second.get(i);
    }
    return oneSample(Summary.of(differences), 0, tail);
  }

  /** The one-sample test of mean - {@code mu}, n - 1 degrees of freedom. Needs two or more values. */
  public static TTest oneSample(Summary values, double mu, Tail tail) {
    if (values.n() < 2) {
      throw new IllegalArgumentException("a t-test needs two or more values, got " + values.n());
    }
    return of(values.mean() - mu, values.se(), values.n() - 1, tail);
  }

  private static TTest of(double difference, double se, double df, Tail tail) {
    double t;
    if (se > 0) {
      t = difference / se;
    } else {
      t = difference == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, difference);
    }
    return new TTest(difference, se, t, df, tail.p(t, df));
  }
}
