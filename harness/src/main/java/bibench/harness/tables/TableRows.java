package bibench.harness.tables;

import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import tech.tablesaw.api.Table;

/** Reads rows of a Tablesaw selection back as {@link ResultRow}s, for grouping by hand. */
final class TableRows {
  private TableRows() {}

  /** The rows of {@code table} (which has the columns of results.csv). */
  static List<ResultRow> of(Table table) {
    List<ResultRow> rows = new ArrayList<>(table.rowCount());
    for (int i = 0; i < table.rowCount(); i++) {
      rows.add(new ResultRow(table.stringColumn("run_id").get(i), table.stringColumn("track").get(i),
          table.stringColumn("task").get(i), table.stringColumn("arch").get(i),
          table.stringColumn("operator").get(i), table.stringColumn("setting").get(i),
          table.longColumn("seed").get(i), table.stringColumn("metric").get(i),
          table.doubleColumn("value").getDouble(i), table.stringColumn("unit").get(i),
          table.booleanColumn("higher_is_better").get(i), table.intColumn("n").get(i),
          table.doubleColumn("stddev").getDouble(i)));
    }
    return rows;
  }

  /** The rows of one track and metric. */
  static List<ResultRow> select(Table rows, String track, String metric) {
    return of(RowsTable.select(rows, track, metric));
  }

  /** "task/arch", or the one that is not empty. */
  static String model(ResultRow r) {
    if (r.task().isEmpty()) {
      return r.arch();
    }
    return r.arch().isEmpty() ? r.task() : r.task() + "/" + r.arch();
  }

  /** The operators of {@code rows}, FP32 first, the others in order of appearance. */
  static List<String> operators(List<ResultRow> rows) {
    LinkedHashSet<String> seen = new LinkedHashSet<>();
    for (ResultRow r : rows) {
      seen.add(r.operator());
    }
    return LearningTaskTable.fp32First(seen);
  }

  /** Appends one row of display strings to a table of string columns. */
  static void appendRow(Table table, String... values) {
    for (int i = 0; i < values.length; i++) {
      table.stringColumn(i).append(values[i]);
    }
  }
}
