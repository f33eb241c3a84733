package bibench.harness.tables;

import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Builds every BiBench table the rows allow, in the paper's order (learning task, architecture,
 * robustness, training, complexity, inference), and renders them as Markdown. A track without rows
 * has no table.
 */
public final class Tables {
  private Tables() {}

  /** The tables for the tracks present in {@code rows}. */
  public static List<BenchTable> build(List<ResultRow> rows) {
    Table table = RowsTable.of(rows);
    List<BenchTable> tables = new ArrayList<>();
    tables.addAll(LearningTaskTable.build(rows));
    tables.addAll(ArchitectureTable.build(rows));
    tables.addAll(RobustnessTable.build(rows));
    tables.addAll(TrainingTable.build(rows));
    addIfPresent(tables, ComplexityTable.build(table));
    addIfPresent(tables, InferenceTable.build(table));
    addIfPresent(tables, DeploymentCheckTable.build(table));
    return tables;
  }

  private static void addIfPresent(List<BenchTable> tables, BenchTable table) {
    if (table != null) {
      tables.add(table);
    }
  }

  /** All tables as one Markdown text. */
  public static String render(List<ResultRow> rows) {
    return markdown(build(rows));
  }

  /** These tables as one Markdown text. */
  public static String markdown(List<BenchTable> tables) {
    StringBuilder text = new StringBuilder();
    for (BenchTable t : tables) {
      text.append(t.markdown()).append('\n');
    }
    return text.toString();
  }
}
