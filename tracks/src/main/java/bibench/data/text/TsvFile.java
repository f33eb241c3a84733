package bibench.data.text;

import bibench.BadInputException;
import bibench.data.io.DataFolder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated text file of a text task (GLUE's TSVs, MRPC's files, the UCI sentences): UTF-8,
 * an optional byte-order mark, '\n' or '\r\n' line ends, blank lines ignored. Every row must have
 * exactly the expected number of columns; a short row, a wrong header or a bad label is an error
 * naming the file and line. No quoting: quotes are ordinary characters, as in GLUE.
 */
public final class TsvFile {

  private TsvFile() {}

  /**
   * One data row.
   *
   * @param line its 1-based line number in the file
   * @param fields its columns
   */
  public record Row(int line, String[] fields) {}

  /**
   * Reads a file's data rows.
   *
   * @param columns the column names, for messages; their count is the required column count
   * @param header when not {@code null}, the first line must start with this text and is skipped
   */
  public static List<Row> read(DataFolder folder, String rel, List<String> columns, String header) {
    String where = folder.describe(rel);
    String text = new String(folder.readAllBytes(rel), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\n", -1);
    List<Row> rows = new ArrayList<>(lines.length);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (i == 0 && header != null) {
        if (!line.startsWith(header)) {
          throw new BadInputException(
              "file " + where + " line 1: expected the header '" + header.replace("\t", "<TAB>")
                  + "', found '" + abbreviate(line) + "'",
              "give the data set's original file (" + String.join(", ", columns) + ")");
        }
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != columns.size()) {
        throw new BadInputException(
            "file " + where + " line " + (i + 1) + ": expected " + columns.size()
                + " tab-separated columns (" + String.join(", ", columns) + "), found " + f.length,
            "fix or remove that line, or give the data set's original file");
      }
      rows.add(new Row(i + 1, f));
    }
    return rows;
  }

  /** The 0/1 label in column {@code col} of a row. */
  public static int label(Row row, int col, String where) {
    String v = row.fields()[col].trim();
    if (v.equals("0")) {
      return 0;
    }
    if (v.equals("1")) {
      return 1;
    }
    throw new BadInputException(
        "file " + where + " line " + row.line() + ": label '" + abbreviate(v) + "' is not 0 or 1",
        "fix that line, or give the data set's original file");
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
