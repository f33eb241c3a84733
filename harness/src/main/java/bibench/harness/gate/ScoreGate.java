package bibench.harness.gate;

import bibench.harness.stats.Holm;
import bibench.harness.stats.Summary;
import bibench.harness.stats.TTest;
import bibench.harness.stats.Tail;
import bibench.harness.tables.SeedGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The gate on scores. Scores differ between CPUs even with the same seed, and between seeds by
 * several points, so a score is compared as a mean over seeds, and a metric REGRESSED only when
 * both hold:
 *
 * <ol>
 *   <li>a one-sided Welch test (run lower than baseline) rejects at family-wise level {@value
 *       #ALPHA} after Holm's correction over every score metric the gate tests in this comparison;
 *   <li>the drop of the mean exceeds max(1 point, 2 test-set standard errors) ({@link
 *       TestSetError}): a difference the test split's luck can make is not a regression, however
 *       many seeds agree on it.
 * </ol>
 *
 * A side with a single seed has no spread of its own: the test takes the suite's pooled seed spread
 * ({@link SeedSpread}) with its degrees of freedom, or the other side's own spread where that is
 * larger, so a single-seed score is never judged more tightly than the suite's measured seed noise
 * (three seeds that agree by chance do not make a tight band), nor than the metric's own. IMPROVED is the mirror image
 * (one-sided in the other direction, its own Holm family, a rise above the same floor).
 *
 * <p>Seeds that diverged (NaN) are left out of the means and counted: a run that diverged on
 * more seeds than the baseline REGRESSED when Fisher's exact test (one-sided) gives p <= {@value
 * #ALPHA}, e.g. 3 of 3 seeds against 0 of 3.
 */
final class ScoreGate {
  /** The family-wise error rate of the score tests. */
  static final double ALPHA = 0.05;

  private ScoreGate() {}

  /**
   * One score metric to judge.
   *
   * @param baseline the baseline's rows
   * @param run the run's rows
   */
  record Pair(SeedGroup baseline, SeedGroup run) {}

  /** The verdicts of {@code pairs}, in their order. */
  static List<MetricVerdict> judge(List<Pair> pairs, SeedSpread spread, TestSetError errors) {
    int m = pairs.size();
    double[] pLess = new double[m];
    double[] pGreater = new double[m];
    String[] tests = new String[m];
    for (int i = 0; i < m; i++) {
      Pair pair = pairs.get(i);
      Test t = test(pair.baseline().stats(), pair.run().stats(), spread);
      pLess[i] = t.pLess();
      pGreater[i] = t.pGreater();
      tests[i] = t.text();
    }
    double[] holmLess = Holm.adjust(pLess);
    double[] holmGreater = Holm.adjust(pGreater);
    List<MetricVerdict> verdicts = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      Pair pair = pairs.get(i);
      Summary b = pair.baseline().stats();
      Summary r = pair.run().stats();
      verdicts.add(verdict(pair, b, r, tests[i], holmLess[i], holmGreater[i], errors.floor(pair.run().key()), m));
    }
    return verdicts;
  }

  private static MetricVerdict verdict(Pair pair, Summary b, Summary r, String test, double holmLess,
      double holmGreater, TestSetError.Floor floor, int family) {
    SeedGroup run = pair.run();
    String seeds = (r.n() + r.diverged()) + "/" + (b.n() + b.diverged()) + " seeds";
    double fisher = Fisher.moreInFirst(r.diverged(), r.n() + r.diverged(), b.diverged(), b.n() + b.diverged());
    if (r.diverged() * (b.n() + b.diverged()) > b.diverged() * (r.n() + r.diverged())) {
      String what = String.format(Locale.ROOT, "%d of %d seeds diverged (baseline %d of %d), Fisher p %s",
          r.diverged(), r.n() + r.diverged(), b.diverged(), b.n() + b.diverged(), pText(fisher));
      if (fisher <= ALPHA * (1 + 1e-9)) { // 3 of 3 against 0 of 3 is exactly 1/20
        return of(pair, Verdict.REGRESSED, b, r, what);
      }
      if (r.n() == 0) {
        return of(pair, Verdict.WITHIN_NOISE, b, r, what + ": too few seeds to call it");
      }
    }
    if (r.n() == 0 || b.n() == 0) {
      return of(pair, Verdict.WITHIN_NOISE, b, r, r.n() == 0 ? "diverged on every seed in both"
          : "the baseline diverged on every seed (" + seeds + ")");
    }
    double diff = r.mean() - b.mean();
    boolean higherIsBetter = run.higherIsBetter();
    double worse = higherIsBetter ? -diff : diff;
    double adjusted = worse > 0 ? (higherIsBetter ? holmLess : holmGreater) : (higherIsBetter ? holmGreater : holmLess);
    boolean significant = adjusted <= ALPHA;
    boolean large = Math.abs(diff) > floor.points();
    String change = String.format(Locale.ROOT, "%s %.2f points (%s); %s, Holm p %s %s %.2f over %d; floor %s",
        worse > 0 ? "drop" : "rise", Math.abs(diff), seeds, test, pText(adjusted), significant ? "<=" : ">", ALPHA, family,
        floor.why());
    if (significant && large) {
      return of(pair, worse > 0 ? Verdict.REGRESSED : Verdict.IMPROVED, b, r, change);
    }
    return of(pair, Verdict.WITHIN_NOISE, b, r, change + (significant ? ": significant, but not beyond the floor" : ""));
  }

  /** A p-value as text: three decimals, or two significant digits below 0.001. */
  static String pText(double p) {
    return Double.isNaN(p) ? "n/a" : p >= 0.001 ? String.format(Locale.ROOT, "%.3f", p)
        : String.format(Locale.ROOT, "%.1e", p);
  }

  private static MetricVerdict of(Pair pair, Verdict verdict, Summary b, Summary r, String reason) {
    return new MetricVerdict(pair.run().key(), verdict, pair.run().unit(), b.mean(), r.mean(), reason);
  }

  /**
   * The one-sided p-values of run - baseline, and the test's description.
   *
   * @param pLess p of "run lower"
   * @param pGreater p of "run higher"
   * @param text such as "Welch t -5.20, df 4.0"
   */
  record Test(double pLess, double pGreater, String text) {}

  static Test test(Summary b, Summary r, SeedSpread spread) {
    if (b.n() == 0 || r.n() == 0) {
      return new Test(Double.NaN, Double.NaN, "no values");
    }
    if (b.n() >= 2 && r.n() >= 2) {
      TTest less = TTest.welch(r, b, Tail.LESS);
      return new Test(less.p(), Tail.GREATER.p(less.statistic(), less.df()),
          String.format(Locale.ROOT, "Welch t %.2f, df %.1f", less.statistic(), less.df()));
    }
    Summary seeded = b.n() >= 2 ? b : r.n() >= 2 ? r : null;
    double sd = spread.sd();
    double df = spread.df();
    String source = spread.fallback() ? "the assumed seed spread" : "the suite's seed spread";
    if (seeded != null && seeded.sd() > spread.sd()) {
      sd = seeded.sd();
      source = "the " + (seeded == b ? "baseline's" : "run's") + " seeds (above the suite's spread)";
    }
    double se = sd * Math.sqrt(1.0 / b.n() + 1.0 / r.n());
    double t = se > 0 ? (r.mean() - b.mean()) / se : Math.copySign(Double.POSITIVE_INFINITY, r.mean() - b.mean());
    if (r.mean() == b.mean()) {
      t = 0;
    }
    return new Test(Tail.LESS.p(t, df), Tail.GREATER.p(t, df), String.format(Locale.ROOT,
        "t %.2f with s %.2f from %s, df %s", t, sd, source, Double.isInfinite(df) ? "inf" : String.format(Locale.ROOT,
            "%.0f", df)));
  }
}
