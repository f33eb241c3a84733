package bibench.harness.tables;

import bibench.harness.stats.Summary;
import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * BiBench's training-consumption table. Per model and operator, per seed: T = mean epoch time over
 * the grid of optimizer, learning rate and schedule settings, and S = population std of the final
 * score over the settings (a diverged setting scores 0: it is the most fragile outcome there is);
 * over seeds their mean (± std and CI). Then T_fp32 / T and S_fp32 / S (above 1: cheaper, or less
 * sensitive to the recipe, than FP32) and O_train = qmean(T_fp32 / T, S_fp32 / S) * 100.
 */
public final class TrainingTable {
  /** The track id of the rows this table reads. */
  public static final String TRACK = "training";

  private TrainingTable() {}

  /** Per-seed T and S of one model and operator. */
  record Cell(Summary time, Summary sensitivity, int settings, int diverged) {}

  /** The table, or null when the rows have no training scores. */
  public static BenchTable build(Table table) {
    List<ResultRow> scores = TableRows.select(table, TRACK, "score");
    if (scores.isEmpty()) {
      return null;
    }
    List<ResultRow> times = TableRows.select(table, TRACK, "epoch_time");
    Map<String, Map<String, Cell>> cells = analyse(scores, times);
    List<String> operators = TableRows.operators(scores);
    StringColumn model = StringColumn.create("model");
    StringColumn operator = StringColumn.create("operator");
    StringColumn time = StringColumn.create("T (s/epoch)");
    StringColumn sensitivity = StringColumn.create("S (points)");
    StringColumn timeRatio = StringColumn.create("T_fp32 / T");
    StringColumn sensitivityRatio = StringColumn.create("S_fp32 / S");
    StringColumn overall = StringColumn.create("O_train");
    StringColumn settings = StringColumn.create("settings");
    for (Map.Entry<String, Map<String, Cell>> byModel : cells.entrySet()) {
      Cell fp = byModel.getValue().get("fp32");
      for (String op : operators) {
        Cell c = byModel.getValue().get(op);
        if (c == null) {
          continue;
        }
        double rt = fp == null ? Double.NaN : ratio(fp.time().mean(), c.time().mean());
        double rs = fp == null ? Double.NaN : ratio(fp.sensitivity().mean(), c.sensitivity().mean());
        model.append(byModel.getKey());
        operator.append(op);
        time.append(Format.mean(c.time(), 3));
        sensitivity.append(Format.mean(c.sensitivity(), 2));
        timeRatio.append(Format.fixed(rt, 3));
        sensitivityRatio.append(Format.fixed(rs, 3));
        overall.append(Double.isNaN(rt) || Double.isNaN(rs) ? "-" : Format.fixed(Summary.quadraticMean(List.of(rt, rs)) * 100, 2));
        settings.append(c.settings() + (c.diverged() > 0 ? " (" + c.diverged() + " diverged)" : ""));
      }
    }
    Table t = Table.create("Training consumption", model, operator, time, sensitivity, timeRatio, sensitivityRatio,
        overall, settings);
    return new BenchTable(TRACK, "Training consumption", t, List.of(
        "T = training wall time per epoch (warm-up epoch excluded), mean over the grid settings; S = population std "
            + "of the final score over the settings (a diverged setting counts as score 0). " + Format.SEEDS_NOTE,
        "O_train = qmean(T_fp32 / T, S_fp32 / S) * 100; above 100: cheaper or steadier to train than FP32."));
  }

  private static double ratio(double fp, double op) {
    return op > 0 ? fp / op : Double.NaN;
  }

  private static Map<String, Map<String, Cell>> analyse(List<ResultRow> scores, List<ResultRow> times) {
    // model -> operator -> seed -> values over settings
    Map<String, Map<String, Map<Long, List<Double>>>> scoreBySeed = group(scores);
    Map<String, Map<String, Map<Long, List<Double>>>> timeBySeed = group(times);
    Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
    scoreBySeed.forEach((model, byOperator) -> byOperator.forEach((op, bySeed) -> {
      List<Double> sensitivities = new ArrayList<>();
      List<Double> meanTimes = new ArrayList<>();
      int settings = 0;
      int diverged = 0;
      for (Map.Entry<Long, List<Double>> seed : bySeed.entrySet()) {
        List<Double> finals = new ArrayList<>();
        for (double v : seed.getValue()) {
          finals.add(Double.isNaN(v) ? 0.0 : v);
          diverged += Double.isNaN(v) ? 1 : 0;
        }
        settings = Math.max(settings, finals.size());
        sensitivities.add(Summary.populationSd(finals));
        List<Double> t = timeBySeed.getOrDefault(model, Map.of()).getOrDefault(op, Map.of()).get(seed.getKey());
        if (t != null) {
          meanTimes.add(Summary.of(t).mean());
        }
      }
      cells.computeIfAbsent(model, k -> new LinkedHashMap<>())
          .put(op, new Cell(Summary.of(meanTimes), Summary.of(sensitivities), settings, diverged));
    }));
    return cells;
  }

  private static Map<String, Map<String, Map<Long, List<Double>>>> group(List<ResultRow> rows) {
    Map<String, Map<String, Map<Long, List<Double>>>> grouped = new LinkedHashMap<>();
    for (ResultRow r : rows) {
      grouped.computeIfAbsent(TableRows.model(r), k -> new LinkedHashMap<>())
          .computeIfAbsent(r.operator(), k -> new TreeMap<>())
          .computeIfAbsent(r.seed(), k -> new ArrayList<>()).add(r.value());
    }
    return grouped;
  }
}
