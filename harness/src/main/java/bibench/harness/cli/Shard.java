package bibench.harness.cli;

import bibench.BadInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic share of a run matrix: shard k of n takes cells k-1, k-1+n, k-1+2n, ... of the
 * suite's fixed cell order, so n machines running shards 1..n cover every cell exactly once.
 *
 * @param index k, from 1
 * @param count n
 */
record Shard(int index, int count) {
  static final Shard ALL = new Shard(1, 1);

  /** Parses "k/n". */
  static Shard parse(String text) {
    if (text == null) {
      return ALL;
    }
    String[] parts = text.split("/");
    try {
      if (parts.length == 2) {
        int k = Integer.parseInt(parts[0].trim());
        int n = Integer.parseInt(parts[1].trim());
        if (n >= 1 && k >= 1 && k <= n) {
          return new Shard(k, n);
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadInputException("--shard '" + text + "' is not k/n with 1 <= k <= n",
        "write e.g. --shard 2/8 for the second of eight shards");
  }

  <T> List<T> select(List<T> all) {
    List<T> mine = new ArrayList<>();
    for (int i = index - 1; i < all.size(); i += count) {
      mine.add(all.get(i));
    }
    return mine;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
