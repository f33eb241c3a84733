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
 * standard error needs. Looked up per model and setting, falling back to any setting of the model
 * (s0 and the test split do not depend on the recipe).
 */
final class FpReference {
  private final Map<String, List<Double>> trivial = new LinkedHashMap<>();
  private final Map<String, List<Double>> testSamples = new LinkedHashMap<>();
  private final Map<String, List<Double>> accuracy = new LinkedHashMap<>();

  private FpReference() {}

  /** The reference rows among {@code rows} (the rows of one track). */
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
        String model = TableRows.model(r);
        target.computeIfAbsent(model + "|" + r.setting(), k -> new ArrayList<>()).add(r.value());
        target.computeIfAbsent(model, k -> new ArrayList<>()).add(r.value());
      }
    }
    return ref;
  }

  /** s0 of the model (mean over its rows), NaN when the run has no trivial_score rows for it. */
  double trivialScore(String model, String setting) {
    return mean(trivial, model, setting);
  }

  /** The test split's size, 0 when unknown. */
  int testSamples(String model, String setting) {
    double n = mean(testSamples, model, setting);
    return Double.isNaN(n) ? 0 : (int) Math.round(n);
  }

  /** FP32's mean test accuracy: its accuracy rows, else {@code fp32Score} (the metric is accuracy). */
  double accuracy(String model, String setting, double fp32Score) {
    double a = mean(accuracy, model, setting);
    return Double.isNaN(a) ? fp32Score : a;
  }

  /** Judges FP32's {@code scores} on the model and setting. */
  Validity judge(String model, String setting, Summary scores) {
    return Validity.judge(scores, accuracy(model, setting, scores.mean()), trivialScore(model, setting),
        testSamples(model, setting));
  }

  private static double mean(Map<String, List<Double>> values, String model, String setting) {
    List<Double> v = values.get(model + "|" + setting);
    if (v == null) {
      v = values.get(model);
    }
    return v == null ? Double.NaN : Summary.of(v).mean();
  }
}
