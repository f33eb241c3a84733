package bibench.harness.report;

import bibench.harness.report.chart.BarChart;
import bibench.harness.report.chart.LineChart;
import bibench.harness.report.chart.StripChart;
import bibench.harness.stats.Summary;
import bibench.harness.tables.RobustnessTable;
import bibench.harness.tables.TrainingTable;
import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report's charts, built from the rows: accuracy per operator and task (grouped bars with the
 * trivial score), accuracy against corruption severity (a line per operator, over the model's
 * corruption set), the spread of accuracy over the training grid (strip and box per operator), and
 * measured against theoretical speed-up ({@link SpeedupChart}). Every plotted mean carries its 95%
 * confidence interval over seeds (none with one seed, and the caption says so). A chart whose rows
 * are absent is not drawn.
 */
public final class ReportCharts {
  private ReportCharts() {}

  /** Every chart the rows allow, in report order. */
  public static List<Figure> build(List<ResultRow> rows) {
    List<Figure> figures = new ArrayList<>();
    accuracyBars(rows, figures);
    severityLines(rows, figures);
    gridStrips(rows, figures);
    SpeedupChart.build(rows).ifPresent(figures::add);
    return figures;
  }

  static List<ResultRow> select(List<ResultRow> rows, String track, String metric) {
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

  /** What the whiskers are, for captions. */
  private static String whiskers(List<ResultRow> rows) {
    long seeds = rows.stream().map(ResultRow::seed).filter(s -> s >= 0).distinct().count();
    return seeds >= 2 ? "whiskers: 95% confidence interval over " + seeds + " seeds"
        : "no whiskers: 1 seed, no confidence interval";
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
        errors[s][g] = st.ci95();
      }
    }
    double[] trivial = new double[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      String group = groups.get(g);
      trivial[g] = Summary.of(select(rows, "learning_task", "trivial_score").stream()
          .filter(r -> model(r).equals(group)).map(ResultRow::value).toList()).mean();
    }
    String svg = new BarChart("Score per operator and task", "score (%)", groups, ops, values, errors, trivial, "s0")
        .svg();
    figures.add(new Figure("learning_task", "accuracy-bars", svg, "Mean test score over seeds per task and operator; "
        + whiskers(scores) + "; dashed: s0, the score of always answering the majority class (where the run has it); "
        + "x: every seed diverged."));
  }

  static void severityLines(List<ResultRow> rows, List<Figure> figures) {
    List<ResultRow> scores = select(rows, RobustnessTable.TRACK, "score");
    Map<String, List<String>> sets = RobustnessTable.corruptionSets(rows);
    Map<String, List<ResultRow>> byModel = new LinkedHashMap<>();
    scores.forEach(r -> byModel.computeIfAbsent(model(r), k -> new ArrayList<>()).add(r));
    for (Map.Entry<String, List<ResultRow>> entry : byModel.entrySet()) {
      List<String> set = sets.getOrDefault(entry.getKey(), List.of());
      List<ResultRow> modelRows = entry.getValue().stream().filter(r -> r.setting().equals("clean")
          || set.contains(r.setting().substring(0, Math.max(0, r.setting().lastIndexOf('/'))))).toList();
      TreeMap<Integer, String> severities = new TreeMap<>();
      modelRows.forEach(r -> severities.put(RobustnessTable.severityOf(r.setting()),
          r.setting().equals("clean") ? "clean" : "severity " + RobustnessTable.severityOf(r.setting())));
      List<Integer> levels = new ArrayList<>(severities.keySet());
      List<String> ops = operators(modelRows);
      double[][] values = new double[ops.size()][levels.size()];
      double[][] errors = new double[ops.size()][levels.size()];
      for (int s = 0; s < ops.size(); s++) {
        for (int l = 0; l < levels.size(); l++) {
          String op = ops.get(s);
          int level = levels.get(l);
          // per seed: the mean over the corruption set at this severity; then over seeds
          Map<Long, List<Double>> bySeed = new TreeMap<>();
          modelRows.stream().filter(r -> r.operator().equals(op) && RobustnessTable.severityOf(r.setting()) == level)
              .forEach(r -> bySeed.computeIfAbsent(r.seed(), k -> new ArrayList<>()).add(r.value()));
          List<Double> perSeed = new ArrayList<>();
          bySeed.values().forEach(v -> perSeed.add(Summary.of(v).diverged() > 0 ? Double.NaN : Summary.of(v).mean()));
          Summary st = Summary.of(perSeed);
          values[s][l] = st.mean();
          errors[s][l] = st.ci95();
        }
      }
      String svg = new LineChart("Accuracy against corruption severity: " + entry.getKey(),
          "severity (mean over the corruption set)", "accuracy (%)", new ArrayList<>(severities.values()), ops, values,
          errors).svg();
      figures.add(new Figure("robustness", "severity-lines", svg,
          "Accuracy on the clean test set and at each severity, averaged over the model's corruption set ("
              + (set.isEmpty() ? "empty" : String.join(", ", set)) + ") per seed, then over seeds; "
              + whiskers(modelRows) + ". A flatter line is a more robust operator."));
    }
  }

  static void gridStrips(List<ResultRow> rows, List<Figure> figures) {
    List<ResultRow> scores = select(rows, TrainingTable.TRACK, "score");
    Map<String, List<String>> counted = TrainingTable.countedSettings(rows);
    Map<String, List<ResultRow>> byModel = new LinkedHashMap<>();
    scores.forEach(r -> byModel.computeIfAbsent(model(r), k -> new ArrayList<>()).add(r));
    for (Map.Entry<String, List<ResultRow>> entry : byModel.entrySet()) {
      List<String> ops = operators(entry.getValue());
      List<String> valid = counted.getOrDefault(entry.getKey(), List.of());
      List<List<StripChart.Point>> values = new ArrayList<>();
      int diverged = 0;
      for (String op : ops) {
        Map<String, List<Double>> bySetting = new LinkedHashMap<>();
        entry.getValue().stream().filter(r -> r.operator().equals(op))
            .forEach(r -> bySetting.computeIfAbsent(r.setting(), k -> new ArrayList<>()).add(r.value()));
        List<StripChart.Point> points = new ArrayList<>();
        for (Map.Entry<String, List<Double>> setting : bySetting.entrySet()) {
          Summary st = Summary.of(setting.getValue());
          if (st.n() > 0) {
            points.add(new StripChart.Point(st.mean(), st.ci95(), valid.contains(setting.getKey()), setting.getKey()));
          } else {
            diverged++;
          }
        }
        values.add(points);
      }
      String title = "Final score across the training grid: " + entry.getKey()
          + (diverged > 0 ? " (" + diverged + " all-diverged settings not drawn)" : "");
      figures.add(new Figure("training", "grid-strip", new StripChart(title, "final score (%)", ops, values).svg(),
          "One dot per optimizer, learning-rate and schedule setting (mean over seeds; " + whiskers(entry.getValue())
              + "); hollow: a setting where FP32 did not converge, left out of S and T and of the box; box: quartiles "
              + "of the settings that count, line: median, thin line: range. A tall box is an operator that is "
              + "sensitive to its training recipe."));
    }
  }
}
