package bibench.data.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Token ids of a text task, built from the training split only: id 0 is padding, 1 an unknown
 * word, 2 the separator between the two sentences of a pair; then the training tokens, most
 * frequent first (ties in alphabetical order, so the ids are the same every run), until the cap
 * on the number of ids (reserved ids included) is reached. Tokens not kept map to 1.
 */
public final class Vocabulary {

  /** Padding id. */
  public static final int PAD = 0;
  /** Id of a token not in the vocabulary. */
  public static final int UNKNOWN = 1;
  /** Id of the separator between the sentences of a pair. */
  public static final int SEPARATOR = 2;
  /** The first id given to a word. */
  public static final int FIRST_WORD = 3;

  private final List<String> words;
  private final Map<String, Integer> ids;

  private Vocabulary(List<String> words) {
    this.words = List.copyOf(words);
    this.ids = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      ids.put(words.get(i), FIRST_WORD + i);
    }
  }

  /**
   * The vocabulary of the given tokenised training texts.
   *
   * @param cap the largest number of ids, reserved ones included (at least 4)
   */
  public static Vocabulary build(Iterable<List<String>> trainingTexts, int cap) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> text : trainingTexts) {
      for (String t : text) {
        counts.merge(t, 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort((a, b) -> a.getValue().equals(b.getValue())
        ? a.getKey().compareTo(b.getKey()) : b.getValue() - a.getValue());
    int keep = Math.min(sorted.size(), Math.max(0, cap - FIRST_WORD));
    List<String> words = new ArrayList<>(keep);
    for (int i = 0; i < keep; i++) {
      words.add(sorted.get(i).getKey());
    }
    return new Vocabulary(words);
  }

  /** The id of a token ({@link #UNKNOWN} when it is not kept). */
  public int id(String token) {
    return ids.getOrDefault(token, UNKNOWN);
  }

  /** Number of ids, reserved ones included. */
  public int size() {
    return FIRST_WORD + words.size();
  }

  /** The kept words in id order (the first has id {@link #FIRST_WORD}). */
  public List<String> words() {
    return words;
  }
}
