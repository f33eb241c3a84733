package bibench.harness.gate;

import bibench.harness.tables.MetricKey;
import bibench.harness.tables.SeedGroup;
import bibench.results.ResultRow;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The smallest drop of a score that can be told from the luck of the test split: max(1 point, 2
 * binomial standard errors), SE = 100 * sqrt(p (1 - p) / n) with n the task's {@code test_samples}
 * row and p the baseline's mean accuracy (for scores that are not accuracies, such as CoLA's
 * Matthews correlation or MRPC's mean of accuracy and F1, the accuracy row of the same cell; else
 * the score itself, clamped to [0, 1]). Without a {@code test_samples} row the floor is 1 point.
 */
final class TestSetError {
  /** The floor of any drop, in points. */
  static final double MIN_POINTS = 1.0;

  private final Map<String, Double> samples = new HashMap<>();
  private final Map<MetricKey, SeedGroup> baseline;

  /**
   * @param run the run's rows
   * @param baselineRows the baseline's rows
   * @param baseline the baseline's groups
   */
  TestSetError(List<ResultRow> run, List<ResultRow> baselineRows, Map<MetricKey, SeedGroup> baseline) {
    this.baseline = baseline;
    for (List<ResultRow> rows : List.of(baselineRows, run)) {
      for (ResultRow r : rows) {
        if (r.metric().equals("test_samples") && r.value() > 0) {
          samples.put(r.task(), r.value()); // the run's, when both have one
        }
      }
    }
  }

  /**
   * The floor of a drop of {@code key} in points.
   *
   * @return the floor and how it was made
   */
  Floor floor(MetricKey key) {
    Double n = samples.get(key.task());
    if (n == null) {
      return new Floor(MIN_POINTS, "1 point (no test_samples row)");
    }
    SeedGroup accuracy = baseline.get(new MetricKey(key.track(), key.task(), key.arch(), key.operator(), key.setting(),
        "accuracy"));
    SeedGroup own = baseline.get(key);
    double percent = accuracy != null ? accuracy.stats().mean() : own != null ? own.stats().mean() : Double.NaN;
    double p = Double.isNaN(percent) ? 0.5 : Math.min(1, Math.max(0, percent / 100));
    double se = 100 * Math.sqrt(p * (1 - p) / n);
    return 2 * se > MIN_POINTS
        ? new Floor(2 * se, String.format(Locale.ROOT, "2 SE = %.2f (p %.2f, n %.0f)", 2 * se, p, n))
        : new Floor(MIN_POINTS, String.format(Locale.ROOT, "1 point > 2 SE = %.2f (n %.0f)", 2 * se, n));
  }

  /**
   * A floor.
   *
   * @param points the smallest drop that counts
   * @param why how it was made
   */
  record Floor(double points, String why) {}
}
