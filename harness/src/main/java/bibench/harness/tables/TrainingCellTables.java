package bibench.harness.tables;

import bibench.harness.stats.Summary;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The two tables that back the learning-task and architecture tables: the raw scores (mean ± CI
 * per operator and column, under a first row with each column's trivial score s0), and each
 * column's validity (test size, s0, FP32's score and lower bound, the threshold it must beat, and
 * whether the column counts in the overall metric).
 */
final class TrainingCellTables {
  private TrainingCellTables() {}

  /** The scores table; operators in {@code order} after FP32. */
  static BenchTable scores(String id, String title, RelativeScores cells, List<String> order) {
    List<String> rows = new ArrayList<>();
    rows.add("s0 (majority class)");
    if (cells.operators.contains("fp32")) {
      rows.add("fp32");
    }
    rows.addAll(order);
    Table table = Table.create(title, StringColumn.create("operator", rows));
    for (RelativeScores.Column c : cells.columns) {
      StringColumn column = StringColumn.create(c.name());
      column.append(Format.fixed(c.validity().s0(), 2));
      for (String op : rows.subList(1, rows.size())) {
        Summary s = Summary.of(new ArrayList<>(c.of(op).values()));
        column.append(Format.ci(s, 2, cells.seeds.count()));
      }
      table.addColumns(column);
    }
    List<String> notes = List.of(
        "Scores in % on the test split: accuracy; Matthews correlation (MCC) for CoLA; mean of accuracy and F1 for MRPC. "
            + cells.seeds.note(),
        "s0 = the score of always answering the training split's majority class (\"-\": the run has no trivial_score "
            + "rows). A diverged seed is left out of its cell's mean and counted.");
    return new BenchTable(id, title, table, notes);
  }

  /** The validity table, one row per column. */
  static BenchTable validity(String id, String title, RelativeScores cells, String overallName, String what) {
    StringColumn name = StringColumn.create(what);
    StringColumn tests = StringColumn.create("test samples");
    StringColumn s0 = StringColumn.create("s0");
    StringColumn fp = StringColumn.create("FP32");
    StringColumn bound = StringColumn.create("FP32 lower 95%");
    StringColumn needed = StringColumn.create("must exceed");
    StringColumn counts = StringColumn.create("in " + overallName);
    for (RelativeScores.Column c : cells.columns) {
      Validity v = c.validity();
      name.append(c.name());
      tests.append(v.testSamples() > 0 ? Integer.toString(v.testSamples()) : "-");
      s0.append(Format.fixed(v.s0(), 2));
      fp.append(Format.ci(v.fp32(), 2, cells.seeds.count()));
      bound.append(v.fp32().n() >= 2 ? Format.fixed(v.bound(), 2) : v.fp32().n() == 1 ? "- (1 seed)" : "-");
      needed.append(v.threshold());
      counts.append(v.verdict());
    }
    Table table = Table.create(title, name, tests, s0, fp, bound, needed, counts);
    List<String> notes = new ArrayList<>();
    notes.add(Validity.rule(what) + " One that fails is left out of " + overallName
        + " for every operator, and its A and A0 cells say so.");
    if (!cells.unchecked().isEmpty()) {
      notes.add("Unchecked (no trivial_score rows in this run, so s0 is unknown): " + String.join(", ", cells.unchecked())
          + "; they count, as they did before the rule.");
    }
    return new BenchTable(id, title, table, notes);
  }
}
