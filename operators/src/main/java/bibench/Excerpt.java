package bibench;

/**
 * A value quoted in an error message: at most {@value #MAX} characters of it, with line breaks,
 * tabs and other control characters written as escapes ({@code \n}, {@code \t}, {@code \u0000}),
 * so that one message stays one line however long or strange the offending value is (a 52 MB
 * line of a damaged text file is quoted as its first 200 characters and its length).
 */
public final class Excerpt {

  /** The most characters of a value a message quotes. */
  public static final int MAX = 200;

  private Excerpt() {}

  /** The quoted form of a value, without surrounding quotes; {@code "null"} for null. */
  public static String of(String value) {
    if (value == null) {
      return "null";
    }
    if (value.length() <= MAX) {
      return escape(value);
    }
    return escape(value.substring(0, MAX))
        + String.format("... (%,d characters in all)", value.length());
  }

  /** Line breaks, tabs and other control characters (and lone surrogates) as escapes; nothing cut. */
  static String escape(String value) {
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String esc = switch (c) {
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        case '\t' -> "\\t";
        default -> c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !validSurrogate(value, i)
            ? String.format("\\u%04x", (int) c) : null;
      };
      if (esc != null && out == null) {
        out = new StringBuilder(value.length() + 16).append(value, 0, i);
      }
      if (out != null) {
        if (esc != null) {
          out.append(esc);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? value : out.toString();
  }

  /** How much longer than {@link #MAX} a word of a message may be before it is cut. */
  private static final int SLACK = 50;

  /** The longest message text kept whole; a longer one keeps its start and its end. */
  public static final int MAX_MESSAGE = 2_000;

  /**
   * A message text made safe to print as one line: control characters escaped, every run of
   * non-space characters longer than {@value #MAX} + 50 cut as {@link #of} cuts a value, and a text
   * still longer than {@value #MAX_MESSAGE} characters cut in its middle. Messages that are
   * already short and on one line come back unchanged.
   */
  public static String message(String text) {
    if (text == null) {
      return "";
    }
    boolean plain = text.length() <= MAX;
    for (int i = 0; plain && i < text.length(); i++) {
      plain = text.charAt(i) >= 0x20 && text.charAt(i) != 0x7f;
    }
    if (plain) {
      return text;
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_MESSAGE + 100));
    int i = 0;
    while (i < text.length()) {
      int end = i;
      while (end < text.length() && text.charAt(end) != ' ') {
        end++;
      }
      String word = text.substring(i, end);
      // A value a message already quoted with of() is a word of about MAX characters: keep it.
      out.append(word.length() > MAX + SLACK ? of(word) : escape(word));
      if (end < text.length()) {
        out.append(' ');
      }
      i = end + 1;
    }
    if (out.length() <= MAX_MESSAGE) {
      return out.toString();
    }
    int cut = out.length() - MAX_MESSAGE;
    return out.substring(0, MAX_MESSAGE / 2) + String.format(" [... %,d characters ...] ", cut)
        + out.substring(out.length() - MAX_MESSAGE / 2);
  }

  /** The value quoted in single quotes, as messages print it: {@code 'abc'}. */
  public static String quoted(String value) {
    return "'" + of(value) + "'";
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
