package bibench.harness.tables;

/**
 * Text put into a Markdown table cell or list item: a {@code |} would end the cell and a line
 * break the row, so names from result rows and provenance (operator class names, task and setting
 * names, suite names: anything a user or a damaged results.csv can set) are escaped: {@code |}
 * becomes {@code \|}, a backslash before it is doubled, and line breaks become a visible {@code
 * \n}.
 */
public final class MarkdownText {
  private MarkdownText() {}

  /** The escaped text; unchanged when it holds nothing to escape. */
  public static String cell(String text) {
    if (text == null) {
      return "";
    }
    if (text.indexOf('|') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\\|", "\\\\|").replace("|", "\\|").replace("\r\n", "\\n")
        .replace("\n", "\\n").replace("\r", "\\n");
  }
}
