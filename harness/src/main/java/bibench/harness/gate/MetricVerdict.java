package bibench.harness.gate;

import bibench.harness.tables.MetricKey;

/**
 * The gate's verdict on one metric.
 *
 * @param key the metric
 * @param verdict the verdict
 * @param unit the unit
 * @param baseline the baseline's mean over seeds (NaN when missing or diverged)
 * @param run the run's mean over seeds (NaN when missing or diverged)
 * @param reason why: the test used and its numbers, or why it was not compared
 */
public record MetricVerdict(MetricKey key, Verdict verdict, String unit, double baseline, double run, String reason) {

  /** The change relative to the baseline, in percent (NaN when either side has no value). */
  public double changePercent() {
    return baseline == 0 ? Double.NaN : (run - baseline) / Math.abs(baseline) * 100;
  }
}
