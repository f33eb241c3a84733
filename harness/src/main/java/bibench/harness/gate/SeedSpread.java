package bibench.harness.gate;

import bibench.harness.stats.Summary;
import bibench.harness.tables.SeedGroup;
import java.util.Collection;
import java.util.Locale;

/**
 * The suite's measured seed spread: the pooled standard deviation of the scores over seeds, from
 * every score metric of the run and the baseline that has two or more seeds, s² = Σ (n_i - 1) s_i²
 * / Σ (n_i - 1), with Σ (n_i - 1) degrees of freedom. It is the noise a single-seed score is judged
 * against: never less than the metric's own spread where the other side has seeds, never less than
 * this.
 *
 * <p>A suite run with one seed on both sides (smoke) measures no spread. Its committed baseline is
 * therefore made with three seeds ({@code bibench run --suite smoke --seeds 1,2,3}, then {@code
 * bibench baseline}), which gives the spread. Without any seeds on either side the gate falls back to
 * {@value #FALLBACK_POINTS} points, the spread of one cell over seeds measured on the quick suite
 * (4-5 points), treated as known (a normal distribution): it catches a collapse of a score, not a
 * drift.
 *
 * @param sd the spread in points
 * @param df its degrees of freedom (infinite for the fallback)
 * @param metrics how many metrics it was pooled from (0 for the fallback)
 */
public record SeedSpread(double sd, double df, int metrics) {
  /** The spread assumed when nothing measured one, in points. */
  public static final double FALLBACK_POINTS = 5.0;

  /** The pooled spread of the score groups given, or the fallback. */
  public static SeedSpread pooled(Collection<SeedGroup> groups) {
    double ss = 0;
    int df = 0;
    int metrics = 0;
    for (SeedGroup g : groups) {
      Summary s = g.stats();
      if (s.n() >= 2) {
        ss += (s.n() - 1) * s.sd() * s.sd();
        df += s.n() - 1;
        metrics++;
      }
    }
    return df == 0 ? new SeedSpread(FALLBACK_POINTS, Double.POSITIVE_INFINITY, 0) : new SeedSpread(Math.sqrt(ss / df), df,
        metrics);
  }

  /** True when nothing measured the spread. */
  public boolean fallback() {
    return metrics == 0;
  }

  /** One line saying what the spread is and where it comes from. */
  public String describe() {
    if (fallback()) {
      return String.format(Locale.ROOT, "no score has two seeds on either side, so single-seed scores are judged against "
          + "an assumed seed spread of %.1f points (quick's measured spread of one cell); make the baseline with 3 seeds "
          + "to measure it", sd);
    }
    return String.format(Locale.ROOT, "single-seed scores are judged against the suite's measured seed spread, "
        + "%.2f points (pooled over %d metrics with 2 or more seeds, %.0f df), or their own, if larger", sd, metrics, df);
  }
}
