package bibench.harness.tables;

import bibench.harness.stats.Summary;
import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * BiBench's training-consumption tables, from {@link TrainingModel}: per model and operator, its
 * rank (paired tests on per-seed O_train), O_train, T_fp32 / T and S_fp32 / S (above 1: cheaper,
 * or less sensitive to the recipe, than FP32), T and S, each mean ± CI over seeds; then FP32's
 * score per grid setting and whether the setting counts.
 */
public final class TrainingTable {
  /** The track id of the rows this table reads. */
  public static final String TRACK = "training";

  private TrainingTable() {}

  /** The headline and the settings table; empty when the rows have no training scores. */
  public static List<BenchTable> build(List<ResultRow> rows) {
    List<TrainingModel> models = TrainingModel.of(rows);
    if (models.isEmpty()) {
      return List.of();
    }
    Table main = Table.create("Training consumption", StringColumn.create("model"), StringColumn.create("rank"),
        StringColumn.create("operator"), StringColumn.create("O_train"), StringColumn.create("T_fp32 / T"),
        StringColumn.create("S_fp32 / S"), StringColumn.create("T (s/epoch)"), StringColumn.create("S (points)"),
        StringColumn.create("settings"));
    Table grid = Table.create("Training consumption: FP32 per setting", StringColumn.create("model"),
        StringColumn.create("setting"), StringColumn.create("FP32"), StringColumn.create("FP32 lower 95%"),
        StringColumn.create("must exceed"), StringColumn.create("in S and T"));
    List<String> notes = new ArrayList<>();
    notes.add("T = training wall time per epoch (warm-up epoch excluded), mean over the settings that count; S = "
        + "population std of the final score over those settings (a diverged setting counts as 0); per seed. "
        + "T_fp32 / T, S_fp32 / S and O_train = qmean(T_fp32 / T, S_fp32 / S) * 100 are computed per seed against FP32 "
        + "of the same seed, then mean ± CI; above 100: cheaper or steadier to train than FP32.");
    for (TrainingModel m : models) {
      int seeds = m.seeds.count();
      List<String> counted = m.counted();
      Map<String, Map<Long, Double>> overall = new LinkedHashMap<>();
      m.operators.stream().filter(op -> !op.equals("fp32")).forEach(op -> overall.put(op, m.overall(op)));
      Ranking ranking = Ranking.of(overall, true);
      List<String> order = new ArrayList<>();
      if (m.operators.contains("fp32")) {
        order.add("fp32");
      }
      order.addAll(ranking.order());
      for (String op : order) {
        boolean fp = op.equals("fp32");
        String why = m.whyNoOverall(op);
        String o = why != null ? "n/a: " + why : fp ? "reference" : ci(m.overall(op), 2, seeds);
        String settings = counted.size() + " of " + m.settings.size()
            + (m.diverged(op) > 0 ? " (" + m.diverged(op) + " diverged)" : "");
        TableRows.appendRow(main, m.model, fp ? "ref" : ranking.rank(op), op, o,
            fp ? "reference" : ci(TrainingModel.ratio(m.time("fp32"), m.time(op)), 3, seeds),
            fp ? "reference" : ci(TrainingModel.ratio(m.sensitivity("fp32"), m.sensitivity(op)), 3, seeds),
            ci(m.time(op), 3, seeds), m.sensitivity(op).isEmpty() ? "n/a" : ci(m.sensitivity(op), 2, seeds), settings);
      }
      m.settings.forEach((setting, v) -> TableRows.appendRow(grid, m.model, setting, Format.ci(v.fp32(), 2, seeds),
          v.fp32().n() >= 2 ? Format.fixed(v.bound(), 2) : v.fp32().n() == 1 ? "- (1 seed)" : "-", v.threshold(),
          v.counts() ? (v.status() == Validity.Status.UNCHECKED ? "yes, unchecked: no s0" : "yes")
              : v.status() == Validity.Status.NO_FP32 ? "no: no FP32 score" : "no: FP32 not converged"));
      List<String> leftOut = m.leftOut();
      notes.add(m.model + ": " + (leftOut.isEmpty() ? "every setting counts"
          : "left out of S and T for every operator: " + String.join(", ", leftOut)) + ".");
      notes.add((models.size() > 1 ? m.model + ": " : "") + ranking.note("O_train"));
    }
    notes.add(models.get(0).seeds.note());
    notes.add(Validity.rule("setting"));
    return List.of(new BenchTable(TRACK, "Training consumption", main, notes),
        new BenchTable("training_settings", "Training consumption: FP32 per setting", grid, List.of(
            "FP32's final score (%) per grid setting over seeds. A setting where FP32 fails the validity rule has not "
                + "converged: it measures the recipe, not the operator, and is left out of S and T for every operator.",
            Validity.rule("setting"))));
  }

  /** Each model's grid settings in which FP32 converged (the ones S and T are computed over), for charts. */
  public static Map<String, List<String>> countedSettings(List<ResultRow> rows) {
    Map<String, List<String>> counted = new LinkedHashMap<>();
    TrainingModel.of(rows).forEach(m -> counted.put(m.model, m.counted()));
    return counted;
  }

  private static String ci(Map<Long, Double> perSeed, int decimals, int seeds) {
    return perSeed.isEmpty() ? "-" : Format.ci(Summary.of(new ArrayList<>(perSeed.values())), decimals, seeds);
  }
}
