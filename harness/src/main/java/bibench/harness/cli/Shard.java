package bibench.harness.cli;

import bibench.BadInputException;
import bibench.harness.shard.CostsFile;
import bibench.harness.shard.SchedulerShard;
import bibench.harness.shard.ShardPlan;
import bibench.tracks.Cell;
import java.util.List;

/**
 * A deterministic share of a run matrix: shard k of n takes the cells {@link ShardPlan} deals it
 * (cells sharing a trained model together, packed by cost), so n machines running shards 1..n
 * cover every cell exactly once and train every model once.
 *
 * @param index k, from 1
 * @param count n
 * @param source for {@code --shard auto}, the scheduler and variables it was read from; else null
 */
record Shard(int index, int count, String source) {
  static final Shard ALL = new Shard(1, 1, null);

  Shard(int index, int count) {
    this(index, count, null);
  }

  /** Parses "k/n". */
  static Shard parse(String text) {
    if (text == null) {
      return ALL;
    }
    if (text.trim().equals("auto")) {
      SchedulerShard s = SchedulerShard.fromEnvironment();
      return new Shard(s.index(), s.count(), s.source());
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
        "write e.g. --shard 2/8 for the second of eight shards, or --shard auto in a Slurm array or Indexed Job");
  }

  /** This shard's cells of the suite's {@code all}, by the plan every shard computes alike. */
  List<Cell> select(List<Cell> all, CostsFile costs) {
    return count == 1 ? all : ShardPlan.of(all, count, costs).cells(index);
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
