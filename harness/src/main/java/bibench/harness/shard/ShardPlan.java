package bibench.harness.shard;

import bibench.tracks.Cell;
import bibench.tracks.ModelKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a suite's cells are dealt to n shards. Cells that share a trained model ({@link
 * Cell#sharedModel()}, the key of the FP32 checkpoint cache: an FP32 model and every binarized
 * model, robustness and deployment check that starts from it) form one group and land on one
 * shard, so no model is trained on two shards. Groups are packed longest-processing-time first:
 * in decreasing cost (ties: by key), each onto the shard with the least cost so far (ties: the
 * lowest shard). Within a shard the cells keep the suite's order.
 *
 * <p>A group's cost is the sum of its cells' {@link Cell#estimatedCost()}, or their measured
 * seconds from a {@link CostsFile}. The plan is a pure function of the cells (the suite and the
 * commit's code), n and the costs file, so every shard computes the same one.
 */
public final class ShardPlan {
  private final int count;
  private final List<List<Cell>> shards = new ArrayList<>();
  private final double[] costs;

  private ShardPlan(int count) {
    this.count = count;
    this.costs = new double[count];
    for (int k = 0; k < count; k++) {
      shards.add(new ArrayList<>());
    }
  }

  /**
   * Deals {@code cells} to {@code n} shards.
   *
   * @param costs measured costs, or {@link CostsFile#NONE} for the estimates
   */
  public static ShardPlan of(List<Cell> cells, int n, CostsFile costs) {
    if (n < 1) {
      throw new IllegalArgumentException("shard count must be positive: " + n);
    }
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      groups.computeIfAbsent(groupKey(cells.get(i)), g -> new ArrayList<>()).add(i);
    }
    Map<String, Double> groupCost = new LinkedHashMap<>();
    groups.forEach((key, members) -> groupCost.put(key,
        members.stream().mapToDouble(i -> costs.cost(cells.get(i))).sum()));
    List<String> order = new ArrayList<>(groups.keySet());
    order.sort(Comparator.comparing((String g) -> -groupCost.get(g)).thenComparing(Comparator.naturalOrder()));
    ShardPlan plan = new ShardPlan(n);
    int[] shardOf = new int[cells.size()];
    for (String g : order) {
      int best = 0;
      for (int k = 1; k < n; k++) {
        if (plan.costs[k] < plan.costs[best]) {
          best = k;
        }
      }
      plan.costs[best] += groupCost.get(g);
      for (int i : groups.get(g)) {
        shardOf[i] = best;
      }
    }
    for (int i = 0; i < cells.size(); i++) {
      plan.shards.get(shardOf[i]).add(cells.get(i));
    }
    return plan;
  }

  /** The group a cell belongs to: its shared model's key, or the cell alone. */
  static String groupKey(Cell cell) {
    return cell.sharedModel().map(k -> "model " + k.text()).orElse("cell " + cell.definition());
  }

  /** n. */
  public int count() {
    return count;
  }

  /** The cells of shard {@code k} (from 1), in the suite's order. */
  public List<Cell> cells(int k) {
    return List.copyOf(shards.get(k - 1));
  }

  /** The summed cost of shard {@code k}'s cells (estimate units, or seconds with a costs file). */
  public double cost(int k) {
    return costs[k - 1];
  }

  /** The FP32 models shard {@code k} trains: the distinct FP32 keys its cells share. */
  public Set<ModelKey> fp32Models(int k) {
    Set<ModelKey> keys = new LinkedHashSet<>();
    for (Cell c : shards.get(k - 1)) {
      c.sharedModel().filter(m -> m.text().startsWith("fp32|")).ifPresent(keys::add);
    }
    return keys;
  }
}
