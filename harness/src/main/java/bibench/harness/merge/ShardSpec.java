package bibench.harness.merge;

import bibench.BadInputException;

/**
 * Which part of a sharded run a folder holds: shard {@code k} of {@code n}, written {@code k/n}
 * with 1 <= k <= n, as {@code bibench run --shard k/n} records it in provenance.json. (A scheduler
 * whose index starts at 0, such as a Kubernetes indexed Job, passes index + 1.)
 *
 * @param index k, from 1
 * @param count n
 */
public record ShardSpec(int index, int count) {

  /**
   * Parses {@code k/n}.
   *
   * @param where the file and key it came from, for the message
   * @throws BadInputException if it is not k/n with 1 <= k <= n
   */
  public static ShardSpec parse(String text, String where) {
    String[] parts = text.trim().split("/");
    try {
      if (parts.length == 2) {
        int k = Integer.parseInt(parts[0].trim());
        int n = Integer.parseInt(parts[1].trim());
        if (k >= 1 && k <= n) {
          return new ShardSpec(k, n);
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadInputException(where + " is '" + text + "', not a shard k/n with 1 <= k <= n",
        "write it as k/n, such as 2/8 for the second of eight shards");
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
