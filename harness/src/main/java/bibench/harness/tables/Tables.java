package bibench.harness.tables;

import bibench.results.ResultRow;
import bibench.tracks.LearningTaskTrack;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/** Builds every BiBench table the rows allow and renders them as Markdown. */
public final class Tables {
  private Tables() {}

  /** The tables for the tracks present in {@code rows}. */
  public static List<BenchTable> build(List<ResultRow> rows) {
    Table table = RowsTable.of(rows);
    List<BenchTable> tables = new ArrayList<>();
    if (!RowsTable.select(table, LearningTaskTrack.ID, "score").isEmpty()) {
      tables.add(LearningTaskTable.build(table, LearningTaskTrack.ID, "Learning task", "O_task"));
    }
    return tables;
  }

  /** All tables as one Markdown text. */
  public static String render(List<ResultRow> rows) {
    StringBuilder text = new StringBuilder();
    for (BenchTable t : build(rows)) {
      text.append(t.markdown()).append('\n');
    }
    return text.toString();
  }
}
