package bibench.harness.stats;

/**
 * The alternative hypothesis of a t-test about a difference d = first - second: that it differs
 * from zero (two-sided), is below zero, or is above zero (one-sided).
 */
public enum Tail {
  /** d != 0: p = P(|T| >= |t|). */
  TWO_SIDED,
  /** d < 0 (the first is lower): p = P(T <= t). */
  LESS,
  /** d > 0 (the first is higher): p = P(T >= t). */
  GREATER;

  /** The p-value of statistic {@code t} with {@code df} degrees of freedom under this alternative. */
  public double p(double t, double df) {
    return switch (this) {
      case TWO_SIDED -> StudentT.twoSidedP(t, df);
      case LESS -> StudentT.cdf(t, df);
      case GREATER -> StudentT.survival(t, df);
    };
  }
}
