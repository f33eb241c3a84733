package bibench.data.io;

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
    StringBuilder out = new StringBuilder(Math.min(value.length(), MAX) + 32);
    int shown = 0;
    int i = 0;
    for (; i < value.length() && shown < MAX; i++, shown++) {
      char c = value.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !validSurrogate(value, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    if (i < value.length()) {
      out.append(String.format("... (%,d characters in all)", value.length()));
    }
    return out.toString();
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
