package bibench.data.text;

import bibench.BadInputException;
import bibench.data.io.DataFolder;
import bibench.Excerpt;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tab-separated text file of a text task (GLUE's TSVs, MRPC's files, the UCI sentences): UTF-8,
 * an optional byte-order mark, '\n' or '\r\n' line ends, blank lines ignored. Every row must have
 * exactly the expected number of columns; a short row, a wrong header or a bad label is an error
 * naming the file and line. No quoting: quotes are ordinary characters, as in GLUE.
 *
 * <p>The bytes must be text: an empty file, bytes that are not UTF-8 or a NUL byte (a binary
 * file under a text file's name) is an error naming the line and byte. Messages quote at most
 * {@value Excerpt#MAX} characters of a line.
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
    String text = text(folder.readAllBytes(rel), where);
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
              "file " + where + " line 1: expected the header " + Excerpt.quoted(header)
                  + ", found " + Excerpt.quoted(line),
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
                + " tab-separated columns (" + String.join(", ", columns) + "), found " + f.length
                + " in " + Excerpt.quoted(line),
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
        "file " + where + " line " + row.line() + ": label " + Excerpt.quoted(v)
            + " is not 0 or 1",
        "fix that line, or give the data set's original file");
  }

  /** The bytes as UTF-8 text, refusing empty files, bytes that are not UTF-8 and NUL bytes. */
  static String text(byte[] bytes, String where) {
    if (bytes.length == 0) {
      throw new BadInputException("text file " + where + " is empty (0 bytes)",
          "give the data set's original file");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw notText(bytes, i, where, "has a NUL byte (a binary file, or UTF-16 text)");
      }
    }
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      return utf8.decode(in).toString();
    } catch (CharacterCodingException e) {
      return failUtf8(bytes, where);
    }
  }

  private static String failUtf8(byte[] bytes, String where) {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(1 << 14);
    java.nio.charset.CoderResult r;
    while ((r = utf8.decode(in, out, true)).isOverflow()) {
      out.clear();
    }
    if (r.isError()) {
      throw notText(bytes, in.position(), where, "is not valid UTF-8");
    }
    throw new IllegalStateException("a decoder that failed once decoded the same bytes");
  }

  private static BadInputException notText(byte[] bytes, int at, String where, String problem) {
    int line = 1;
    for (int i = 0; i < at; i++) {
      line += bytes[i] == '\n' ? 1 : 0;
    }
    return new BadInputException(String.format(Locale.ROOT,
        "text file %s line %,d (byte %,d, 0x%02x) %s", where, line, at, bytes[at] & 0xff, problem),
        "give the data set's original file (UTF-8 text), or convert it: iconv -t UTF-8");
  }
}
