package bibench.harness.gate;

import bibench.harness.tables.SeedGroup;
import bibench.harness.stats.StudentT;
import bibench.harness.stats.Summary;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether the difference between a baseline's and a run's value of one metric is noise,
 * with a band drawn from the data, in this order:
 *
 * <ol>
 *   <li>Seeds, or a row summarising samples (epoch_time over epochs), on both sides: Welch's
 *       t-test, two-sided at 95%.
 *   <li>A benchmark row (JMH) on either side: the two error intervals (JMH's 99.9% half-width; a
 *       95% CI for seeds; none for a single value) must not overlap.
 *   <li>Seeds on one side, a single value on the other: the single value must fall outside the 95%
 *       prediction interval of the seeds, t * s * sqrt(1 + 1/n).
 *   <li>Single values on both sides, which carry no noise estimate: a relative floor, {@value
 *       #SINGLE_FLOOR} of the baseline ({@value #RATIO_FLOOR} for measured ratios, unit x), so
 *       that a single-seed accuracy is not flagged for a noise-sized wiggle. Exact counts (units
 *       count, MAC, B) have no floor: any change is real.
 * </ol>
 *
 * On a shared machine the load, clock and caches shift a whole run by more than the within-run
 * error bars say. Two identical quick runs on the 2 vCPU cloud machines this project is built on
 * differed by up to 1.93x in epoch times, 1.57x in kernel throughput and 1.25x in speed-ups
 * measured within each run. So a significant difference must also pass a run-to-run floor:
 * machine-dependent values (times, throughputs) must change by more than a factor {@value
 * #MACHINE_FACTOR}, measured ratios (unit x) by more than a factor {@value #RATIO_FACTOR}, and
 * bytes allocated per operation by more than {@value #ALLOC_FLOOR_BYTES} B and {@value
 * #ALLOC_FLOOR_SHARE} of the baseline (below that it is JMH's bookkeeping spread over an
 * iteration, or the engine's per-call objects). A slower kernel moves its speed-up by far more.
 *
 * <p>A significant difference in the metric's good direction is IMPROVED, in the other REGRESSED.
 * Seeds that diverged (NaN) count first: a run that diverges on a larger share of seeds than the
 * baseline regressed, on a smaller share improved.
 */
public final class NoiseBand {
  /** Relative floor for two single values without a noise estimate. */
  public static final double SINGLE_FLOOR = 0.02;

  /** Relative floor for two single measured ratios (unit x), which JMH noise moves more. */
  public static final double RATIO_FLOOR = 0.05;

  /** Smallest factor of change of a time or throughput that counts as real. */
  public static final double MACHINE_FACTOR = 2.0;

  /** Smallest factor of change of a measured ratio (unit x) that counts as real. */
  public static final double RATIO_FACTOR = 1.5;

  /** Smallest change of bytes allocated per operation that counts as real. */
  public static final double ALLOC_FLOOR_BYTES = 256;

  /** Smallest relative change of bytes allocated per operation that counts as real. */
  public static final double ALLOC_FLOOR_SHARE = 0.25;

  /** Units of exact counts: any change is real. */
  public static final Set<String> EXACT_UNITS = Set.of("count", "MAC", "B");

  /** Differences below this share of the values are float round-off, never a change. */
  private static final double ROUND_OFF = 1e-9;

  private NoiseBand() {}

  /** The verdict (IMPROVED, REGRESSED or WITHIN_NOISE) and the reason. */
  public record Decision(Verdict verdict, String reason) {}

  /** Compares {@code run} with {@code baseline}. */
  public static Decision decide(SeedGroup baseline, SeedGroup run) {
    Summary b = baseline.stats();
    Summary r = run.stats();
    double bShare = share(b);
    double rShare = share(r);
    if (rShare != bShare) {
      String what = String.format(Locale.ROOT, "%d of %d seeds diverged (baseline %d of %d)", r.diverged(),
          r.n() + r.diverged(), b.diverged(), b.n() + b.diverged());
      return new Decision(rShare > bShare ? Verdict.REGRESSED : Verdict.IMPROVED, what);
    }
    if (r.n() == 0) {
      return new Decision(Verdict.WITHIN_NOISE, "diverged in both");
    }
    double diff = r.mean() - b.mean();
    if (Math.abs(diff) <= ROUND_OFF * Math.max(Math.abs(r.mean()), Math.abs(b.mean()))) {
      return new Decision(Verdict.WITHIN_NOISE, "equal");
    }
    Spread sb = Spread.of(baseline, b);
    Spread sr = Spread.of(run, r);
    boolean significant;
    String test;
    if (sb.sampled() && sr.sampled()) {
      double vb = sb.s() * sb.s() / sb.n();
      double vr = sr.s() * sr.s() / sr.n();
      double se = Math.sqrt(vb + vr);
      double df = welchDf(vb, sb.n(), vr, sr.n());
      double critical = StudentT.t975(df);
      double t = se == 0 ? Double.POSITIVE_INFINITY : Math.abs(diff) / se;
      significant = t > critical;
      test = String.format(Locale.ROOT, "Welch t = %s vs %.2f (df %.1f, n %d/%d)", t == Double.POSITIVE_INFINITY
          ? "inf" : String.format(Locale.ROOT, "%.2f", t), critical, df, sb.n(), sr.n());
    } else if (sb.benchmark() || sr.benchmark()) {
      double band = sb.halfWidth() + sr.halfWidth();
      significant = Math.abs(diff) > band;
      test = "difference " + fmt(Math.abs(diff)) + (significant ? " above " : " within ") + "errors " + fmt(sb.halfWidth()) + " + "
          + fmt(sr.halfWidth()) + " (JMH 99.9%)";
    } else if (sb.sampled() || sr.sampled()) {
      Spread seeds = sb.sampled() ? sb : sr;
      double band = StudentT.t975(seeds.n() - 1) * seeds.s() * Math.sqrt(1 + 1.0 / seeds.n());
      significant = Math.abs(diff) > band;
      test = "difference " + fmt(Math.abs(diff)) + (significant ? " above " : " within ") + "95% prediction band " + fmt(band)
          + " of " + seeds.n() + " " + (sb.sampled() ? "baseline" : "run") + " samples";
    } else {
      double floor = EXACT_UNITS.contains(run.unit()) ? 0 : run.unit().equals("x") ? RATIO_FLOOR : SINGLE_FLOOR;
      double band = floor * Math.abs(b.mean());
      significant = Math.abs(diff) > band;
      test = floor == 0 ? "exact count" : "single values: difference " + fmt(Math.abs(diff)) + (significant ? " above " : " within ")
          + "floor " + fmt(band) + " (" + Math.round(floor * 100) + "% of baseline)";
    }
    if (significant) {
      String floor = runToRunFloor(run.unit(), MetricKinds.floatRounding(run), b.mean(), r.mean());
      if (floor != null) {
        significant = false;
        test += ", but " + floor;
      }
    }
    if (!significant) {
      return new Decision(Verdict.WITHIN_NOISE, test);
    }
    boolean better = run.higherIsBetter() ? diff > 0 : diff < 0;
    return new Decision(better ? Verdict.IMPROVED : Verdict.REGRESSED, test);
  }

  /** Why a significant change is still run-to-run noise, or null when it is not. */
  private static String runToRunFloor(String unit, boolean rounding, double baseline, double run) {
    if (unit.equals("B/op")) {
      double floor = Math.max(ALLOC_FLOOR_BYTES, ALLOC_FLOOR_SHARE * Math.abs(baseline));
      return Math.abs(run - baseline) <= floor
          ? String.format(Locale.ROOT, "within the allocation floor of %.0f B/op (JMH's and the engine's bookkeeping)",
              floor) : null;
    }
    double factor = MetricKinds.machineDependentUnit(unit) || rounding ? MACHINE_FACTOR
        : unit.equals("x") ? RATIO_FACTOR : 0;
    if (factor == 0 || baseline <= 0 || run <= 0) {
      return null;
    }
    double change = Math.max(run / baseline, baseline / run);
    return change <= factor ? String.format(Locale.ROOT, "a factor %.2f is within the run-to-run floor of %.2f for %s",
        change, factor, rounding ? "float rounding" : unit.equals("x") ? "measured ratios" : "machine-dependent values")
        : null;
  }

  /**
   * Welch-Satterthwaite degrees of freedom (a side without variance leaves the other side's n - 1;
   * with no variance on either side the pooled n - 2, though then any difference is significant).
   */
  static double welchDf(double vb, int nb, double vr, int nr) {
    double denominator = vb * vb / (nb - 1) + vr * vr / (nr - 1);
    if (denominator == 0) {
      return Math.max(1, nb + nr - 2);
    }
    double df = (vb + vr) * (vb + vr) / denominator;
    return Math.max(1, df);
  }

  private static double share(Summary s) {
    int total = s.n() + s.diverged();
    return total == 0 ? 0 : (double) s.diverged() / total;
  }

  private static String fmt(double v) {
    return bibench.harness.tables.Format.significant(v, 3);
  }

  /**
   * What one side knows about its noise.
   *
   * @param n samples (seeds, or the samples a row summarises)
   * @param s their sample std (NaN when unknown)
   * @param halfWidth half-width of its error interval (0 when unknown)
   * @param sampled true when n >= 2 samples with a std are known
   * @param benchmark true for a JMH row
   */
  record Spread(int n, double s, double halfWidth, boolean sampled, boolean benchmark) {
    static Spread of(SeedGroup group, Summary stats) {
      if (group.isBenchmark()) {
        return new Spread(group.rows().get(0).n(), Double.NaN, group.rows().get(0).stddev(), false, true);
      }
      if (group.isSampleSummary()) {
        int n = group.rows().get(0).n();
        double s = group.rows().get(0).stddev();
        return new Spread(n, s, StudentT.t975(n - 1) * s / Math.sqrt(n), true, false);
      }
      if (stats.n() >= 2) {
        return new Spread(stats.n(), stats.sd(), stats.ci95(), true, false);
      }
      return new Spread(1, Double.NaN, 0, false, false);
    }
  }
}
