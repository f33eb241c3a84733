package bibench.harness.tables;

import java.util.List;
import tech.tablesaw.api.Table;

/**
 * One of BiBench's tables, ready to print: a title, a Tablesaw table of formatted cells, the
 * overall metric per operator when the track has one, and notes under the table. Names in the
 * cells come from the rows and are escaped for each format when printed, never stored escaped.
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
    StringBuilder out = new StringBuilder("### ").append(Format.markdownText(title)).append("\n\n");
    List<String> names = cells.columnNames().stream().map(Format::markdownCell).toList();
    int[] widths = new int[names.size()];
    for (int c = 0; c < names.size(); c++) {
      widths[c] = names.get(c).length();
      for (int r = 0; r < cells.rowCount(); r++) {
        widths[c] = Math.max(widths[c], Format.markdownCell(cells.getString(r, c)).length());
      }
    }
    boolean[] left = new boolean[names.size()];
    for (int c = 0; c < names.size(); c++) {
      left[c] = isLabelColumn(c);
    }
    line(out, names, widths, left);
    StringBuilder rule = new StringBuilder("|");
    for (int c = 0; c < names.size(); c++) {
      rule.append(left[c] ? ":" : "").append("-".repeat(widths[c] + 1)).append(left[c] ? "|" : ":|");
    }
    out.append(rule).append('\n');
    for (int r = 0; r < cells.rowCount(); r++) {
      List<String> row = new java.util.ArrayList<>();
      for (int c = 0; c < names.size(); c++) {
        row.add(Format.markdownCell(cells.getString(r, c)));
      }
      line(out, row, widths, left);
    }
    if (!notes.isEmpty()) {
      out.append('\n');
      for (String note : notes) {
        out.append(Format.markdownText(note)).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * True for a column of labels rather than numbers: the first column, and any column where no cell
   * starts like a number. Labels are aligned left, numbers right.
   */
  public boolean isLabelColumn(int column) {
    if (column == 0) {
      return true;
    }
    for (int r = 0; r < cells.rowCount(); r++) {
      String v = cells.getString(r, column);
      if (!v.isEmpty() && (Character.isDigit(v.charAt(0)) || v.equals("-") || v.startsWith("-") && v.length() > 1
          && Character.isDigit(v.charAt(1)))) {
        return false;
      }
    }
    return true;
  }

  private static void line(StringBuilder out, List<String> values, int[] widths, boolean[] left) {
    out.append('|');
    for (int c = 0; c < values.size(); c++) {
      String v = values.get(c);
      out.append(' ');
      if (left[c]) {
        out.append(v).append(" ".repeat(widths[c] - v.length()));
      } else {
        out.append(" ".repeat(widths[c] - v.length())).append(v);
      }
      out.append(" |");
    }
    out.append('\n');
  }
}
