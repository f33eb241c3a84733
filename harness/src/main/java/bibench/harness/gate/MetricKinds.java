package bibench.harness.gate;

import bibench.harness.tables.SeedGroup;
import java.util.Set;

/**
 * Which kind of metric a group of rows is, for the gate:
 *
 * <ul>
 *   <li><b>machine-dependent</b>: absolute times (units s, ms, us, ns), rates per second (MAC/s),
 *       speed-ups measured in a run (unit x, except the analytic {@code theoretical_speedup}),
 *       bytes allocated per operation (B/op), float rounding ({@code max_logit_error}: the summation
 *       order follows the vector width) and every row of a JMH benchmark. They change with the
 *       CPU, the JDK, the allocator and the load, so they are compared only with a baseline of the
 *       same machine fingerprint.
 *   <li><b>score</b>: a per-seed value in percent ({@code score}, {@code accuracy}, {@code f1},
 *       {@code agreement}, ...): compared as seed means with a one-sided Welch test, Holm's
 *       correction and a minimum drop ({@link ScoreGate}).
 *   <li><b>data property</b>: {@code test_samples}, {@code trivial_score}, {@code changed_samples}
 *       describe the data a run read, not the code; a difference is CHANGED, never a regression.
 *   <li>everything else (counts, MACs, bytes, analytic ratios): {@link NoiseBand}.
 * </ul>
 */
public final class MetricKinds {
  private static final Set<String> TIME_UNITS = Set.of("s", "ms", "us", "ns");

  /** Metrics that describe the data rather than the code. */
  public static final Set<String> DATA_PROPERTIES = Set.of("test_samples", "trivial_score", "changed_samples");

  /** Ratios that are computed, not measured: the same on every machine. */
  private static final Set<String> ANALYTIC_RATIOS = Set.of("theoretical_speedup");

  private MetricKinds() {}

  /**
   * Float rounding differences between two computations of the same thing (the deployment check's
   * largest logit difference): they follow the CPU's vector width and the kernel this machine tuned,
   * so they are machine-dependent, and on one machine they move by small factors between builds.
   */
  private static final Set<String> FLOAT_ROUNDING = Set.of("max_logit_error");

  /** True for a metric that measures float rounding, not a result (see {@link #machineDependent}). */
  public static boolean floatRounding(SeedGroup group) {
    return FLOAT_ROUNDING.contains(group.key().metric());
  }

  /** True for times, throughputs, measured speed-ups, allocations, float rounding and JMH rows. */
  public static boolean machineDependent(SeedGroup group) {
    if (floatRounding(group)) {
      return true;
    }
    String unit = group.unit();
    if (TIME_UNITS.contains(unit) || unit.endsWith("/s") || unit.equals("B/op") || group.isBenchmark()) {
      return true;
    }
    return unit.equals("x") && !ANALYTIC_RATIOS.contains(group.key().metric());
  }

  /** True for a machine-dependent unit alone (times and rates per second). */
  public static boolean machineDependentUnit(String unit) {
    return TIME_UNITS.contains(unit) || unit.endsWith("/s");
  }

  /** True for per-seed percentages that are not data properties. */
  public static boolean score(SeedGroup group) {
    return group.unit().equals("%") && !DATA_PROPERTIES.contains(group.key().metric())
        && group.rows().stream().allMatch(r -> r.seed() >= 0 && r.n() <= 1);
  }

  /** True for metrics that describe the data a run read. */
  public static boolean dataProperty(SeedGroup group) {
    return DATA_PROPERTIES.contains(group.key().metric());
  }
}
