package bibench.data.text;

import java.util.List;

/**
 * Encodes tokenised texts as fixed-length rows of token ids (stored as floats, exact small
 * integers), padded at the end with {@link Vocabulary#PAD}.
 *
 * <ul>
 *   <li>A single sentence: its first {@code maxLength} token ids.
 *   <li>A pair: {@code ids(s1) SEP ids(s2)}. When that is longer than {@code maxLength}, tokens are
 *       cut from the end of the longer sentence, one at a time (the second when both are equally
 *       long), until it fits ("longest first", as BERT truncates pairs).
 * </ul>
 */
public final class TextEncoder {

  private TextEncoder() {}

  /** Writes one sentence's {@code maxLength} ids into {@code dst} at {@code offset}. */
  public static void single(List<String> tokens, Vocabulary vocab, int maxLength, float[] dst,
      int offset) {
    int n = Math.min(tokens.size(), maxLength);
    for (int i = 0; i < maxLength; i++) {
      dst[offset + i] = i < n ? vocab.id(tokens.get(i)) : Vocabulary.PAD;
    }
  }

  /** Writes a pair's {@code maxLength} ids into {@code dst} at {@code offset}. */
  public static void pair(List<String> first, List<String> second, Vocabulary vocab,
      int maxLength, float[] dst, int offset) {
    int a = first.size();
    int b = second.size();
    while (a + b + 1 > maxLength) {
      if (a > b) {
        a--;
      } else {
        b--;
      }
    }
    int p = offset;
    for (int i = 0; i < a; i++) {
      dst[p++] = vocab.id(first.get(i));
    }
    dst[p++] = Vocabulary.SEPARATOR;
    for (int i = 0; i < b; i++) {
      dst[p++] = vocab.id(second.get(i));
    }
    while (p < offset + maxLength) {
      dst[p++] = Vocabulary.PAD;
    }
  }
}
