package bibench.harness.tables;

import bibench.harness.stats.Summary;
import bibench.BadInputException;
import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * BiBench's corruption-robustness tables. For every model, operator and corruption c, per seed:
 * the clean accuracy, the mean accuracy over the corruption's severities, and the gap G_c = clean -
 * mean corrupted (accuracy points); over seeds their mean (± std and CI). The ratio G_c,fp32 /
 * G_c,op says how robust the operator is relative to FP32 (above 1: it loses less). A gap under
 * {@value #MIN_GAP} points (or negative) for FP32 or the operator forms no ratio: the corruption
 * is marked and left out of O_robust = qmean over corruptions of the ratio, times 100.
 */
public final class RobustnessTable {
  /** The track id of the rows this table reads. */
  public static final String TRACK = "robustness";

  /** Smallest gap (accuracy points) that forms a ratio. */
  public static final double MIN_GAP = 0.5;

  private RobustnessTable() {}

  /** One cell of the analysis: per-seed statistics of one model, operator and corruption. */
  record Cell(Summary clean, Summary corrupted, Summary gap) {}

  /** The overall table then the per-corruption table; empty when the rows have no robustness scores. */
  public static List<BenchTable> build(Table table) {
    List<ResultRow> rows = TableRows.select(table, TRACK, "score");
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> operators = TableRows.operators(rows);
    // model -> corruption -> operator -> cell
    Map<String, Map<String, Map<String, Cell>>> cells = analyse(rows);
    StringColumn dModel = StringColumn.create("model");
    StringColumn dCorruption = StringColumn.create("corruption");
    StringColumn dOperator = StringColumn.create("operator");
    StringColumn dCorrupted = StringColumn.create("mean corrupted");
    StringColumn dGap = StringColumn.create("gap G");
    StringColumn dRatio = StringColumn.create("G_fp32 / G");
    StringColumn oModel = StringColumn.create("model");
    StringColumn oOperator = StringColumn.create("operator");
    StringColumn oClean = StringColumn.create("clean");
    StringColumn oScored = StringColumn.create("corruptions scored");
    StringColumn oLeftOut = StringColumn.create("left out");
    StringColumn oOverall = StringColumn.create("O_robust");
    boolean anyLeftOut = false;
    for (Map.Entry<String, Map<String, Map<String, Cell>>> model : cells.entrySet()) {
      Map<String, List<Double>> ratios = new LinkedHashMap<>();
      Map<String, List<String>> leftOut = new LinkedHashMap<>();
      Map<String, Summary> clean = new LinkedHashMap<>();
      for (Map.Entry<String, Map<String, Cell>> corruption : model.getValue().entrySet()) {
        Cell fp = corruption.getValue().get("fp32");
        for (String op : operators) {
          Cell cell = corruption.getValue().get(op);
          if (cell == null) {
            continue;
          }
          clean.putIfAbsent(op, cell.clean());
          double ratio = ratio(fp, cell);
          dModel.append(model.getKey());
          dCorruption.append(corruption.getKey());
          dOperator.append(op);
          dCorrupted.append(Format.mean(cell.corrupted(), 2));
          dGap.append(Format.mean(cell.gap(), 2));
          if (Double.isNaN(ratio)) {
            dRatio.append(fp == null ? "- (no fp32)" : "left out *");
            leftOut.computeIfAbsent(op, k -> new ArrayList<>()).add(corruption.getKey());
            anyLeftOut |= fp != null;
          } else {
            dRatio.append(Format.fixed(ratio, 3));
            ratios.computeIfAbsent(op, k -> new ArrayList<>()).add(ratio);
          }
        }
      }
      for (String op : operators) {
        if (!clean.containsKey(op)) {
          continue;
        }
        List<Double> scored = ratios.getOrDefault(op, List.of());
        oModel.append(model.getKey());
        oOperator.append(op);
        oClean.append(Format.mean(clean.get(op), 2));
        oScored.append(Integer.toString(scored.size()));
        oLeftOut.append(String.join(", ", leftOut.getOrDefault(op, List.of())));
        oOverall.append(Format.fixed(Summary.quadraticMean(scored) * 100, 2));
      }
    }
    String gapRule = "A gap under " + MIN_GAP + " points (or negative) for FP32 or the operator forms no ratio"
        + (anyLeftOut ? " (marked *)" : "") + " and is left out of O_robust.";
    BenchTable overall = new BenchTable("robustness", "Corruption robustness",
        Table.create("Corruption robustness", oModel, oOperator, oClean, oScored, oLeftOut, oOverall),
        List.of("clean = accuracy (%) on the clean test set. " + Format.SEEDS_NOTE,
            "O_robust = qmean over corruptions of G_fp32 / G, times 100 (above 100: loses less accuracy to "
                + "corruption than FP32 does). " + gapRule));
    BenchTable detail = new BenchTable("robustness_gaps", "Corruption robustness by corruption",
        Table.create("Corruption robustness by corruption", dModel, dCorruption, dOperator, dCorrupted, dGap, dRatio),
        List.of("mean corrupted = accuracy (%) averaged over the corruption's severities; gap G = clean - mean "
            + "corrupted (points), per seed, then over seeds.", gapRule));
    return List.of(overall, detail);
  }

  /** G_fp32 / G_op, or NaN when either gap is missing or under {@link #MIN_GAP}. */
  static double ratio(Cell fp, Cell op) {
    if (fp == null || op == null) {
      return Double.NaN;
    }
    double gFp = fp.gap().mean();
    double gOp = op.gap().mean();
    if (!(gFp >= MIN_GAP) || !(gOp >= MIN_GAP)) {
      return Double.NaN;
    }
    return gFp / gOp;
  }

  private static Map<String, Map<String, Map<String, Cell>>> analyse(List<ResultRow> rows) {
    // model -> operator -> seed -> clean value; model -> corruption -> operator -> seed -> values
    Map<String, Map<String, Map<Long, Double>>> clean = new LinkedHashMap<>();
    Map<String, Map<String, Map<String, Map<Long, List<Double>>>>> corrupted = new LinkedHashMap<>();
    for (ResultRow r : rows) {
      String model = TableRows.model(r);
      if (r.setting().equals("clean")) {
        clean.computeIfAbsent(model, k -> new LinkedHashMap<>()).computeIfAbsent(r.operator(), k -> new TreeMap<>())
            .put(r.seed(), r.value());
        continue;
      }
      String corruption = corruptionOf(r);
      corrupted.computeIfAbsent(model, k -> new LinkedHashMap<>()).computeIfAbsent(corruption, k -> new LinkedHashMap<>())
          .computeIfAbsent(r.operator(), k -> new TreeMap<>()).computeIfAbsent(r.seed(), k -> new ArrayList<>())
          .add(r.value());
    }
    Map<String, Map<String, Map<String, Cell>>> cells = new LinkedHashMap<>();
    corrupted.forEach((model, byCorruption) -> byCorruption.forEach((corruption, byOperator) ->
        byOperator.forEach((op, bySeed) -> {
          Map<Long, Double> cleanBySeed = clean.getOrDefault(model, Map.of()).getOrDefault(op, Map.of());
          List<Double> cleanValues = new ArrayList<>();
          List<Double> corruptedValues = new ArrayList<>();
          List<Double> gaps = new ArrayList<>();
          bySeed.forEach((seed, values) -> {
            double meanCorrupted = Summary.of(values).n() == values.size() ? Summary.of(values).mean() : Double.NaN;
            double cleanValue = cleanBySeed.getOrDefault(seed, Double.NaN);
            cleanValues.add(cleanValue);
            corruptedValues.add(meanCorrupted);
            gaps.add(cleanValue - meanCorrupted);
          });
          cells.computeIfAbsent(model, k -> new LinkedHashMap<>()).computeIfAbsent(corruption, k -> new LinkedHashMap<>())
              .put(op, new Cell(Summary.of(cleanValues), Summary.of(corruptedValues), Summary.of(gaps)));
        })));
    return cells;
  }

  /** The corruption of a {@code <corruption>/<severity>} setting. */
  static String corruptionOf(ResultRow r) {
    int slash = r.setting().lastIndexOf('/');
    if (slash <= 0 || !r.setting().substring(slash + 1).matches("[1-9]")) {
      throw new BadInputException("a robustness row has the setting '" + r.setting() + "' (" + TableRows.model(r)
          + ", " + r.operator() + ", seed " + r.seed() + ")", "write 'clean' or '<corruption>/<severity 1-5>', "
          + "such as gaussian_noise/3 (docs/rows.md)");
    }
    return r.setting().substring(0, slash);
  }

  /** The severity of a {@code <corruption>/<severity>} setting, 0 for clean. */
  public static int severityOf(String setting) {
    return setting.equals("clean") ? 0 : Integer.parseInt(setting.substring(setting.lastIndexOf('/') + 1));
  }
}
