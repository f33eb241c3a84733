package bibench.complexity;

import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown table with its columns padded to a common width, so that it also reads as plain
 * text. Each column is left- or right-aligned.
 */
final class MarkdownTable {
  private final List<String> header;
  private final boolean[] rightAligned;
  private final List<List<String>> rows = new ArrayList<>();

  /** @param header the column titles; a title starting with {@code >} is right-aligned (marker dropped) */
  MarkdownTable(String... header) {
    this.header = new ArrayList<>();
    this.rightAligned = new boolean[header.length];
    for (int i = 0; i < header.length; i++) {
      rightAligned[i] = header[i].startsWith(">");
      this.header.add(rightAligned[i] ? header[i].substring(1) : header[i]);
    }
  }

  /** Adds a row of as many cells as there are columns. */
  MarkdownTable row(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("a row needs " + header.size() + " cells, got " + cells.length);
    }
    rows.add(List.of(cells));
    return this;
  }

  /** The table, one line per row, each line ending in a newline. */
  String render() {
    int[] widths = new int[header.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = Math.max(3, header.get(c).length());
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, header, widths);
    StringBuilder rule = new StringBuilder("|");
    for (int c = 0; c < widths.length; c++) {
      rule.append(rightAligned[c] ? "-".repeat(widths[c] + 1) + ":|" : ":" + "-".repeat(widths[c] + 1) + "|");
    }
    out.append(rule).append('\n');
    for (List<String> row : rows) {
      line(out, row, widths);
    }
    return out.toString();
  }

  private void line(StringBuilder out, List<String> cells, int[] widths) {
    out.append('|');
    for (int c = 0; c < widths.length; c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(widths[c] - cell.length());
      out.append(' ').append(rightAligned[c] ? pad + cell : cell + pad).append(" |");
    }
    out.append('\n');
  }
}
