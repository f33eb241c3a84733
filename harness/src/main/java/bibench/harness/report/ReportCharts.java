package bibench.harness.report;

import bibench.harness.report.chart.BarChart;
import bibench.harness.report.chart.LineChart;
import bibench.harness.report.chart.ScatterChart;
import bibench.harness.report.chart.StripChart;
import bibench.harness.tables.RobustnessTable;
import bibench.harness.stats.Summary;
import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report's charts, built from the rows: accuracy per operator and task (grouped bars),
 * theoretical against measured speed-up (scatter), accuracy against corruption severity (a line
 * per operator), and the spread of accuracy over the training grid (strip and box per operator).
 * A chart whose rows are absent is not drawn.
 */
public final class ReportCharts {
  private ReportCharts() {}

  /** Every chart the rows allow, in report order. */
  public static List<Figure> build(List<ResultRow> rows) {
    List<Figure> figures = new ArrayList<>();
    accuracyBars(rows, figures);
    severityLines(rows, figures);
    gridStrips(rows, figures);
    speedupScatter(rows, figures);
    return figures;
  }

  private static List<ResultRow> select(List<ResultRow> rows, String track, String metric) {
    return rows.stream().filter(r -> r.track().equals(track) && r.metric().equals(metric)).toList();
  }

  private static String model(ResultRow r) {
    return r.task().isEmpty() ? r.arch() : r.arch().isEmpty() ? r.task() : r.task() + "/" + r.arch();
  }

  private static List<String> operators(List<ResultRow> rows) {
    LinkedHashSet<String> ops = new LinkedHashSet<>();
    rows.forEach(r -> ops.add(r.operator()));
    List<String> ordered = new ArrayList<>(ops);
    if (ordered.remove("fp32")) {
      ordered.add(0, "fp32");
    }
    return ordered;
  }

  static void accuracyBars(List<ResultRow> rows, List<Figure> figures) {
    List<ResultRow> scores = select(rows, "learning_task", "score");
    if (scores.isEmpty()) {
      return;
    }
    List<String> groups = new ArrayList<>(new LinkedHashSet<>(scores.stream().map(ReportCharts::model).toList()));
    List<String> ops = operators(scores);
    double[][] values = new double[ops.size()][groups.size()];
    double[][] errors = new double[ops.size()][groups.size()];
    for (int s = 0; s < ops.size(); s++) {
      for (int g = 0; g < groups.size(); g++) {
        String op = ops.get(s);
        String group = groups.get(g);
        Summary st = Summary.of(scores.stream().filter(r -> r.operator().equals(op) && model(r).equals(group))
            .map(ResultRow::value).toList());
        values[s][g] = st.mean();
        errors[s][g] = st.sd();
      }
    }
    String svg = new BarChart("Accuracy per operator and task", "score (%)", groups, ops, values, errors).svg();
    figures.add(new Figure("learning_task", "accuracy-bars", svg,
        "Mean score over seeds per task and operator; whiskers: ± std over seeds; x: every seed diverged."));
  }

  static void severityLines(List<ResultRow> rows, List<Figure> figures) {
    List<ResultRow> scores = select(rows, RobustnessTable.TRACK, "score");
    Map<String, List<ResultRow>> byModel = new LinkedHashMap<>();
    scores.forEach(r -> byModel.computeIfAbsent(model(r), k -> new ArrayList<>()).add(r));
    for (Map.Entry<String, List<ResultRow>> entry : byModel.entrySet()) {
      List<ResultRow> modelRows = entry.getValue();
      TreeMap<Integer, String> severities = new TreeMap<>();
      modelRows.forEach(r -> severities.put(RobustnessTable.severityOf(r.setting()),
          r.setting().equals("clean") ? "clean" : "severity " + RobustnessTable.severityOf(r.setting())));
      List<Integer> levels = new ArrayList<>(severities.keySet());
      List<String> ops = operators(modelRows);
      double[][] values = new double[ops.size()][levels.size()];
      for (int s = 0; s < ops.size(); s++) {
        for (int l = 0; l < levels.size(); l++) {
          String op = ops.get(s);
          int level = levels.get(l);
          values[s][l] = Summary.of(modelRows.stream()
              .filter(r -> r.operator().equals(op) && RobustnessTable.severityOf(r.setting()) == level)
              .map(ResultRow::value).toList()).mean();
        }
      }
      String svg = new LineChart("Accuracy against corruption severity: " + entry.getKey(),
          "severity (mean over corruptions and seeds)", "accuracy (%)", new ArrayList<>(severities.values()), ops, values)
          .svg();
      figures.add(new Figure("robustness", "severity-lines", svg,
          "Accuracy on the clean test set and at each severity, averaged over every corruption and seed; a flatter "
              + "line is a more robust operator."));
    }
  }

  static void gridStrips(List<ResultRow> rows, List<Figure> figures) {
    List<ResultRow> scores = select(rows, "training", "score");
    Map<String, List<ResultRow>> byModel = new LinkedHashMap<>();
    scores.forEach(r -> byModel.computeIfAbsent(model(r), k -> new ArrayList<>()).add(r));
    for (Map.Entry<String, List<ResultRow>> entry : byModel.entrySet()) {
      List<String> ops = operators(entry.getValue());
      List<List<Double>> values = new ArrayList<>();
      int diverged = 0;
      for (String op : ops) {
        // mean over seeds per grid setting
        Map<String, List<Double>> bySetting = new LinkedHashMap<>();
        entry.getValue().stream().filter(r -> r.operator().equals(op))
            .forEach(r -> bySetting.computeIfAbsent(r.setting(), k -> new ArrayList<>()).add(r.value()));
        List<Double> points = new ArrayList<>();
        for (List<Double> seeds : bySetting.values()) {
          Summary st = Summary.of(seeds);
          if (st.n() > 0) {
            points.add(st.mean());
          } else {
            diverged++;
          }
        }
        values.add(points);
      }
      String title = "Accuracy across the training grid: " + entry.getKey()
          + (diverged > 0 ? " (" + diverged + " diverged settings not drawn)" : "");
      figures.add(new Figure("training", "grid-strip", new StripChart(title, "final score (%)", ops, values).svg(),
          "One dot per optimizer, learning-rate and schedule setting (mean over seeds); box: quartiles, line: median, "
              + "whiskers: range. A tall box is an operator that is sensitive to its training recipe."));
    }
  }

  static void speedupScatter(List<ResultRow> rows, List<Figure> figures) {
    Map<String, Double> theory = new LinkedHashMap<>();
    select(rows, "inference", "theoretical_speedup").forEach(r -> theory.putIfAbsent(r.arch() + "|" + r.operator(), r.value()));
    List<ScatterChart.Point> points = new ArrayList<>();
    for (ResultRow r : select(rows, "inference", "speedup_vs_fp32")) {
      Double x = theory.get(r.arch() + "|" + r.operator());
      if (x != null && !Double.isNaN(r.value()) && !Double.isNaN(x)) {
        points.add(new ScatterChart.Point(r.operator(), r.arch() + " " + r.setting(), x, r.value()));
      }
    }
    if (points.isEmpty()) {
      return;
    }
    String svg = new ScatterChart("Theoretical against measured speed-up over FP32", "theoretical speed-up r_s (x)",
        "measured speed-up (x)", points).svg();
    figures.add(new Figure("inference", "speedup-scatter", svg,
        "One dot per timed model or kernel, setting and operator: r_s from the complexity count (x) against the speed-up "
            + "JMH measured over our FP32 kernels (y). Dots below the diagonal fall short of theory."));
  }
}
