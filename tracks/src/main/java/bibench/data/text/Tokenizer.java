package bibench.data.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The word tokenizer of the text tasks: lower-case (locale-independent), then split on every
 * character that is not a letter or digit (Unicode-aware). An apostrophe (' or the typographic
 * ’, both kept as ') stays inside a token only between two letters or digits, so "Don't" gives
 * "don't" while "'s", "rock 'n' roll" and "the kids'" give "s", "n", "kids". No stemming, no
 * stop words.
 */
public final class Tokenizer {

  private Tokenizer() {}

  /** The tokens of a text, in order. */
  public static List<String> tokens(String text) {
    String s = text.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int n = s.length();
    for (int i = 0; i < n; ) {
      int cp = s.codePointAt(i);
      int len = Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        cur.appendCodePoint(cp);
      } else if ((cp == '\'' || cp == '\u2019') && cur.length() > 0 && i + len < n
          && Character.isLetterOrDigit(s.codePointAt(i + len))) {
        cur.append('\'');
      } else if (cur.length() > 0) {
        out.add(cur.toString());
        cur.setLength(0);
      }
      i += len;
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }
}
