package bibench.harness.shard;

import bibench.tracks.ModelKey;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The table a dry run prints for a sharded plan: per shard its cells, the FP32 models it trains
 * and its estimated hours, then whether any FP32 model is trained on two shards (never, by
 * construction; the line says so, checked).
 *
 * <p>Hours: with a {@link CostsFile}, the measured seconds; otherwise the cells' estimates (roughly
 * multiply-accumulates of training and scoring) at {@link #ASSUMED_MACS_PER_SECOND}, a stated
 * assumption, not a measurement. Estimates summing to less than 1e9 are not multiply-accumulates
 * (cells that give no estimate count 1 each): the hours column then reads "-".
 */
public final class ShardPlanReport {
  /** Training throughput the estimates are turned into hours with: 1e12 MAC/s (one data-centre GPU, well used). */
  public static final double ASSUMED_MACS_PER_SECOND = 1e12;

  private ShardPlanReport() {}

  /** The table, one line per shard, and the summary; {@code mine} (from 1, 0 for none) is marked. */
  public static String render(ShardPlan plan, CostsFile costs, int mine) {
    StringBuilder out = new StringBuilder();
    double total = 0;
    for (int k = 1; k <= plan.count(); k++) {
      total += plan.cost(k);
    }
    boolean hours = costs.measured() || total >= 1e9;
    out.append(String.format(Locale.ROOT, "| shard | cells | FP32 models trained | cost | estimated hours |%n"));
    out.append(String.format(Locale.ROOT, "|------:|------:|--------------------:|-----:|----------------:|%n"));
    Map<ModelKey, Integer> shardOf = new HashMap<>();
    int twice = 0;
    int models = 0;
    for (int k = 1; k <= plan.count(); k++) {
      for (ModelKey key : plan.fp32Models(k)) {
        models++;
        if (shardOf.putIfAbsent(key, k) != null) {
          twice++;
        }
      }
      double seconds = costs.measured() ? plan.cost(k) : plan.cost(k) / ASSUMED_MACS_PER_SECOND;
      out.append(String.format(Locale.ROOT, "| %s%d | %d | %d | %.3g | %s |%n", k == mine ? "*" : "", k,
          plan.cells(k).size(), plan.fp32Models(k).size(), plan.cost(k),
          hours ? String.format(Locale.ROOT, "%.1f", seconds / 3600) : "-"));
    }
    out.append(String.format(Locale.ROOT, "%d FP32 models, %s; hours %s.%n", models,
        twice == 0 ? "each trained on one shard only" : twice + " trained on two shards (a bug: report it)",
        costs.measured() ? "from the measured costs (--costs)"
            : hours ? "estimated from the cells' MAC estimates at an assumed 1e12 MAC/s"
            : "not estimated: the cells give no cost estimate (each counts 1)"));
    return out.toString();
  }
}
