package bibench.harness.tables;

import java.util.List;
import tech.tablesaw.api.Table;

/**
 * One of BiBench's tables, ready to print: a title, a Tablesaw table of formatted cells, the
 * overall metric per operator when the track has one, and notes under the table.
 *
 * @param id a short id, used for file names ({@code learning_task})
 * @param title the heading
 * @param cells the table; every column holds display strings
 * @param notes lines printed under the table
 */
public record BenchTable(String id, String title, Table cells, List<String> notes) {

  public BenchTable {
    notes = List.copyOf(notes);
  }

  /** The table as GitHub Markdown (also readable on a terminal). */
  public String markdown() {
    StringBuilder out = new StringBuilder("### ").append(title).append("\n\n");
    List<String> names = cells.columnNames();
    int[] widths = new int[names.size()];
    for (int c = 0; c < names.size(); c++) {
      widths[c] = names.get(c).length();
      for (int r = 0; r < cells.rowCount(); r++) {
        widths[c] = Math.max(widths[c], cells.getString(r, c).length());
      }
    }
    line(out, names, widths);
    StringBuilder rule = new StringBuilder("|");
    for (int c = 0; c < names.size(); c++) {
      rule.append(c == 0 ? ":" : "").append("-".repeat(widths[c] + (c == 0 ? 1 : 1))).append(c == 0 ? "|" : ":|");
    }
    out.append(rule).append('\n');
    for (int r = 0; r < cells.rowCount(); r++) {
      List<String> row = new java.util.ArrayList<>();
      for (int c = 0; c < names.size(); c++) {
        row.add(cells.getString(r, c));
      }
      line(out, row, widths);
    }
    if (!notes.isEmpty()) {
      out.append('\n');
      for (String note : notes) {
        out.append(note).append('\n');
      }
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> values, int[] widths) {
    out.append('|');
    for (int c = 0; c < values.size(); c++) {
      String v = values.get(c);
      out.append(' ');
      if (c == 0) {
        out.append(v).append(" ".repeat(widths[c] - v.length()));
      } else {
        out.append(" ".repeat(widths[c] - v.length())).append(v);
      }
      out.append(" |");
    }
    out.append('\n');
  }
}
