package bibench.harness.tables;

import bibench.harness.stats.Summary;
import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What FP32's cells of one track say about each task beyond their score (docs/rows.md): the
 * trivial score s0 ({@code trivial_score}), the test split's size ({@code test_samples}) and, where
 * the task's metric is not accuracy, FP32's test accuracy ({@code accuracy}), which the binomial
 * standard error needs. Looked up per model and setting, falling back to any setting of the model,
 * then to any model of the task (s0 and the test split depend on the task's data, not on the recipe
 * or architecture; the robustness track, whose cells do not write them, borrows them this way).
 */
final class FpReference {
  private final Map<String, List<Double>> trivial = new LinkedHashMap<>();
  private final Map<String, List<Double>> testSamples = new LinkedHashMap<>();
  private final Map<String, List<Double>> accuracy = new LinkedHashMap<>();

  private FpReference() {}

  /** The reference rows among {@code rows} (the rows of a run, or of one track). */
  static FpReference of(List<ResultRow> rows) {
    FpReference ref = new FpReference();
    for (ResultRow r : rows) {
      if (!r.operator().equals("fp32")) {
        continue;
      }
      Map<String, List<Double>> target = switch (r.metric()) {
        case "trivial_score" -> ref.trivial;
        case "test_samples" -> ref.testSamples;
        case "accuracy" -> ref.accuracy;
        default -> null;
      };
      if (target != null && !Double.isNaN(r.value())) {
        String model = r.track() + "|" + TableRows.model(r);
        target.computeIfAbsent(model + "|" + r.setting(), k -> new ArrayList<>()).add(r.value());
        target.computeIfAbsent(model, k -> new ArrayList<>()).add(r.value());
        target.computeIfAbsent("task:" + r.task(), k -> new ArrayList<>()).add(r.value());
      }
    }
    return ref;
  }

  /** s0 of the track's model (mean over its rows), NaN when the run has no trivial_score rows for the task. */
  double trivialScore(String task, String model, String setting) {
    return mean(trivial, task, model, setting, true);
  }

  /** The test split's size, 0 when unknown. */
  int testSamples(String task, String model, String setting) {
    double n = mean(testSamples, task, model, setting, true);
    return Double.isNaN(n) ? 0 : (int) Math.round(n);
  }

  /**
   * FP32's mean test accuracy on this model: its accuracy rows, else {@code fp32Score} (the metric is
   * accuracy). Never borrowed from another model.
   */
  double accuracy(String model, String setting, double fp32Score) {
    double a = mean(accuracy, "", model, setting, false);
    return Double.isNaN(a) ? fp32Score : a;
  }

  /** Judges FP32's {@code scores} on one model and setting of a track (its first row tells which). */
  Validity judge(ResultRow first, Summary scores) {
    String model = first.track() + "|" + TableRows.model(first);
    String setting = first.setting();
    return Validity.judge(scores, accuracy(model, setting, scores.mean()), trivialScore(first.task(), model, setting),
        testSamples(first.task(), model, setting));
  }

  private static double mean(Map<String, List<Double>> values, String task, String model, String setting,
      boolean anyModelOfTask) {
    List<Double> v = values.get(model + "|" + setting);
    if (v == null) {
      v = values.get(model);
    }
    if (v == null && anyModelOfTask) {
      v = values.get("task:" + task);
    }
    return v == null ? Double.NaN : Summary.of(v).mean();
  }
}
