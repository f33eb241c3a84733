package bibench.harness.tables;

import bibench.harness.stats.Summary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The headline table of the learning-task and architecture tracks, overall columns first so that
 * they stay on screen: rank, operator, the overall metric (mean ± CI of its per-seed values), any
 * intermediate summaries (the architecture families' Q), then A and A0 per column. One row per
 * binarized operator, in rank order; FP32 is the reference (A = 1 by definition) and its scores
 * are in the scores table.
 */
final class RelativeTable {
  private final RelativeScores cells;
  private final String overallName;
  private final Map<String, Map<String, Map<Long, Double>>> summaries = new LinkedHashMap<>();
  private final Map<String, Map<Long, Double>> overall = new LinkedHashMap<>();
  private final Map<String, String> missing = new LinkedHashMap<>();
  private Ranking ranking;

  RelativeTable(RelativeScores cells, String overallName) {
    this.cells = cells;
    this.overallName = overallName;
  }

  /**
   * Sets an operator's per-seed overall value; {@code why} instead says why it cannot be computed
   * (then {@code perSeed} is empty).
   */
  void overall(String op, Map<Long, Double> perSeed, String why) {
    overall.put(op, perSeed);
    if (why != null) {
      missing.put(op, why);
    }
  }

  /** Adds a summary column (such as "Q cnn") between the overall metric and the A columns. */
  void summary(String column, String op, Map<Long, Double> perSeed) {
    summaries.computeIfAbsent(column, k -> new LinkedHashMap<>()).put(op, perSeed);
  }

  /** The table, operators in rank order; call after every {@link #overall}. */
  BenchTable build(String id, String title, List<String> notes) {
    Ranking ranking = ranking();
    List<String> order = ranking.order();
    int seeds = cells.seeds.count();
    StringColumn rank = StringColumn.create("rank");
    StringColumn operator = StringColumn.create("operator");
    StringColumn overallColumn = StringColumn.create(overallName);
    for (String op : order) {
      rank.append(ranking.rank(op));
      operator.append(op);
      overallColumn.append(missing.containsKey(op) ? "n/a: " + missing.get(op)
          : Format.ci(Summary.of(new ArrayList<>(overall.get(op).values())), 2, seeds));
    }
    Table table = Table.create(title, rank, operator, overallColumn);
    summaries.forEach((name, byOp) -> {
      StringColumn column = StringColumn.create(name);
      for (String op : order) {
        Map<Long, Double> values = byOp.getOrDefault(op, Map.of());
        column.append(values.isEmpty() ? "n/a" : Format.ci(Summary.of(new ArrayList<>(values.values())), 3, seeds));
      }
      table.addColumns(column);
    });
    List<String> withoutS0 = new ArrayList<>();
    for (RelativeScores.Column c : cells.columns) {
      boolean hasS0 = !Double.isNaN(c.validity().s0());
      StringColumn a = StringColumn.create(c.name() + " A");
      StringColumn a0 = StringColumn.create(c.name() + " A0");
      for (String op : order) {
        boolean counts = c.validity().counts();
        a.append(counts ? cell(RelativeScores.relative(c, op), seeds) : c.validity().excludedLabel());
        a0.append(counts ? cell(RelativeScores.chanceCorrected(c, op), seeds) : c.validity().excludedLabel());
      }
      table.addColumns(a);
      if (hasS0) {
        table.addColumns(a0);
      } else {
        withoutS0.add(c.name());
      }
    }
    List<String> all = new ArrayList<>(notes);
    all.add("A = max(0, s) / s_fp32 (BiBench's headline) and A0 = (s - s0) / (s_fp32 - s0) (chance-corrected: 0 = no "
        + "better than the majority class, 1 = as good as FP32), each computed per seed against FP32 of the same seed, "
        + "then averaged; a diverged seed counts A = A0 = 0.");
    if (!withoutS0.isEmpty()) {
      all.add("No A0 for " + String.join(", ", withoutS0) + ": the run has no trivial_score rows for "
          + (withoutS0.size() == 1 ? "it." : "them."));
    }
    List<String> leftOut = cells.leftOut();
    all.add(leftOut.isEmpty() ? "Every column counts in " + overallName + " (see the validity table)."
        : "Left out of " + overallName + " for every operator: " + String.join(", ", leftOut)
            + "; see the validity table.");
    all.add(cells.seeds.note());
    all.add(ranking.note(overallName));
    return new BenchTable(id, title, table, all);
  }

  /** The rank order of the operators (FP32 excluded). */
  List<String> order() {
    return ranking().order();
  }

  private Ranking ranking() {
    if (ranking == null) {
      ranking = Ranking.of(overall, true);
    }
    return ranking;
  }

  private static String cell(Map<Long, Double> perSeed, int seeds) {
    return perSeed.isEmpty() ? "-" : Format.ci(Summary.of(new ArrayList<>(perSeed.values())), 3, seeds);
  }

  /**
   * The per-seed quadratic mean, times {@code scale}, of {@code groups} of per-seed values on
   * {@code seeds}: for each seed, qmean over the groups.
   */
  static Map<Long, Double> qmeanPerSeed(List<Map<Long, Double>> groups, Set<Long> seeds, double scale) {
    Map<Long, Double> out = new TreeMap<>();
    for (long seed : seeds) {
      List<Double> values = new ArrayList<>();
      for (Map<Long, Double> g : groups) {
        values.add(g.get(seed));
      }
      out.put(seed, Summary.quadraticMean(values) * scale);
    }
    return out;
  }
}
