package bibench.tracks;

import bibench.data.Split;
import bibench.data.corrupt.Corruption;
import bibench.data.corrupt.Corruptions;
import java.util.HashMap;
import java.util.Map;

/**
 * The corrupted copies of one test split, made once and shared by every operator's cell, so that
 * all operators are scored on exactly the same images. Only the copies of the most recent split are
 * kept (cells run plan by plan).
 */
final class CorruptedSets {
  /** The seed of the corruption noise: the same images for every operator, seed and run. */
  static final long NOISE_SEED = 0;

  private String currentKey;
  private final Map<String, Split> sets = new HashMap<>();

  /** {@code test} under corruption {@code c} at {@code severity}; {@code key} names the split. */
  synchronized Split get(String key, Split test, Corruption c, int severity) {
    if (!key.equals(currentKey)) {
      sets.clear();
      currentKey = key;
    }
    return sets.computeIfAbsent(c.id() + "/" + severity, k -> Corruptions.corrupt(test, c, severity, NOISE_SEED));
  }
}
