package bibench.harness.tables;

import bibench.harness.stats.Summary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * BiBench's learning-task table, built from the rows alone: for every operator (rows) and task
 * (columns) the mean score over seeds, the relative score A = max(0, score_bi) / score_fp against
 * FP32 on the same task and architecture, and the overall O_task = qmean(A) * 100. A task on which
 * every seed of an operator diverged shows "diverged" and counts A = 0.
 */
public final class LearningTaskTable {
  private LearningTaskTable() {}

  /** The table for {@code track} (learning_task, or architecture for the same layout). */
  public static BenchTable build(Table rows, String track, String title, String overallName) {
    Table scores = RowsTable.select(rows, track, "score");
    Map<String, Map<String, List<Double>>> byColumn = new LinkedHashMap<>();
    LinkedHashSet<String> operators = new LinkedHashSet<>();
    for (int i = 0; i < scores.rowCount(); i++) {
      String column = scores.stringColumn("task").get(i) + "/" + scores.stringColumn("arch").get(i);
      String op = scores.stringColumn("operator").get(i);
      operators.add(op);
      byColumn.computeIfAbsent(column, k -> new LinkedHashMap<>())
          .computeIfAbsent(op, k -> new ArrayList<>()).add(scores.doubleColumn("value").getDouble(i));
    }
    List<String> ordered = fp32First(operators);
    StringColumn opColumn = StringColumn.create("operator", ordered);
    Table cells = Table.create(title, opColumn);
    Map<String, List<Double>> relatives = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, List<Double>>> column : byColumn.entrySet()) {
      Summary fp = Summary.of(column.getValue().getOrDefault("fp32", List.of()));
      StringColumn score = StringColumn.create(column.getKey());
      StringColumn relative = StringColumn.create(column.getKey() + " A");
      for (String op : ordered) {
        Summary s = Summary.of(column.getValue().getOrDefault(op, List.of()));
        score.append(Format.mean(s, 2));
        double a = s.allDiverged() ? 0 : Math.max(0, s.mean()) / fp.mean();
        relative.append(s.n() == 0 && !s.allDiverged() ? "-" : Format.fixed(a, 3));
        if (s.n() > 0 || s.allDiverged()) {
          relatives.computeIfAbsent(op, k -> new ArrayList<>()).add(a);
        }
      }
      cells.addColumns(score, relative);
    }
    StringColumn overall = StringColumn.create(overallName);
    for (String op : ordered) {
      overall.append(Format.fixed(Summary.quadraticMean(relatives.getOrDefault(op, List.of())) * 100, 2));
    }
    cells.addColumns(overall);
    List<String> notes = List.of(
        "Scores in % (accuracy; Matthews correlation for CoLA; mean of accuracy and F1 for MRPC). " + Format.SEEDS_NOTE,
        "A = max(0, score) / score of FP32 on the same task and architecture; " + overallName + " = qmean(A) * 100.");
    return new BenchTable(track, title, cells, notes);
  }

  static List<String> fp32First(Iterable<String> operators) {
    List<String> ordered = new ArrayList<>();
    for (String op : operators) {
      if (op.equals("fp32")) {
        ordered.add(0, op);
      } else {
        ordered.add(op);
      }
    }
    return ordered;
  }
}
