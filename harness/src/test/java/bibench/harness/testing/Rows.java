package bibench.harness.testing;

import bibench.results.ResultRow;

/** Short builders for result rows as docs/rows.md describes them. */
public final class Rows {
  private Rows() {}

  /** A per-seed score (%, higher is better). */
  public static ResultRow score(String track, String task, String arch, String op, String setting, long seed,
      double value) {
    return ResultRow.single("r", track, task, arch, op, setting, seed, "score", value, "%", true);
  }

  /** A per-seed epoch time (s, lower is better). */
  public static ResultRow epochTime(String track, String task, String arch, String op, String setting, long seed,
      double seconds) {
    return new ResultRow("r", track, task, arch, op, setting, seed, "epoch_time", seconds, "s", false, 5, 0.01);
  }

  /** A complexity count. */
  public static ResultRow count(String task, String arch, String op, String metric, double value) {
    return ResultRow.single("r", "complexity", task, arch, op, "", -1, metric, value,
        metric.startsWith("macs") ? "MAC" : "count", false);
  }

  /** A benchmark value with JMH's sample count and error. */
  public static ResultRow bench(String arch, String op, String setting, String metric, double value, String unit,
      boolean higherIsBetter, int n, double error) {
    return new ResultRow("r", "inference", "", arch, op, setting, -1, metric, value, unit, higherIsBetter, n, error);
  }

  /** A value measured once (no sample count, no error). */
  public static ResultRow once(String arch, String op, String setting, String metric, double value, String unit,
      boolean higherIsBetter) {
    return ResultRow.single("r", "inference", "", arch, op, setting, -1, metric, value, unit, higherIsBetter);
  }

  /** A per-seed row of any metric (trivial_score, test_samples, changed_samples, accuracy ...). */
  public static ResultRow row(String track, String task, String arch, String op, String setting, long seed,
      String metric, double value, String unit) {
    return ResultRow.single("r", track, task, arch, op, setting, seed, metric, value, unit, !unit.equals("count"));
  }
}
