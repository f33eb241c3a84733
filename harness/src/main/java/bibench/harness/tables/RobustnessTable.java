package bibench.harness.tables;

import bibench.BadInputException;
import bibench.harness.stats.Summary;
import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * BiBench's corruption-robustness tables, from the rows of {@link RobustnessModel}. The headline,
 * per model and operator: retention = accuracy averaged over the model's corruption set / clean
 * accuracy (per seed, mean ± CI; operators ranked by paired tests on it) and BiBench's O_robust on
 * the common valid set, with its CI ({@link RobustnessOverall}) and a flag when one ratio carries
 * it. The detail, per corruption: mean corrupted accuracy, gap, the floor it must exceed, the
 * ratio G_fp32 / G and whether it is in O_robust.
 */
public final class RobustnessTable {
  /** The track id of the rows this table reads. */
  public static final String TRACK = "robustness";

  private RobustnessTable() {}

  /** The headline then the per-corruption table; empty when the rows have no robustness scores. */
  public static List<BenchTable> build(List<ResultRow> rows) {
    List<RobustnessModel> models = RobustnessModel.of(rows);
    if (models.isEmpty()) {
      return List.of();
    }
    Table headline = Table.create("Corruption robustness", StringColumn.create("model"), StringColumn.create("rank"),
        StringColumn.create("operator"), StringColumn.create("retention"), StringColumn.create("O_robust"),
        StringColumn.create("carried by"), StringColumn.create("clean"));
    Table detail = Table.create("Corruption robustness by corruption", StringColumn.create("model"),
        StringColumn.create("corruption"), StringColumn.create("operator"), StringColumn.create("mean corrupted"),
        StringColumn.create("gap G"), StringColumn.create("G must exceed"), StringColumn.create("G_fp32 / G"),
        StringColumn.create("in O_robust"));
    List<String> notes = new ArrayList<>();
    List<String> rankNotes = new ArrayList<>();
    for (RobustnessModel m : models) {
      List<String> set = m.commonValidSet();
      Map<String, Map<Long, Double>> retention = new LinkedHashMap<>();
      m.binarized().forEach(op -> retention.put(op, m.retention(op)));
      Ranking ranking = Ranking.of(retention, true);
      List<String> order = new ArrayList<>();
      if (m.operators.contains("fp32")) {
        order.add("fp32");
      }
      order.addAll(ranking.order());
      for (String op : order) {
        int seeds = m.seeds.count();
        RobustnessOverall o = op.equals("fp32") ? null : RobustnessOverall.of(m, op, set);
        String overall = op.equals("fp32") ? "reference" : overallText(m, set, o);
        TableRows.appendRow(headline, m.model, op.equals("fp32") ? "ref" : ranking.rank(op), op,
            Format.ci(Summary.of(new ArrayList<>(m.retention(op).values())), 3, seeds), overall,
            o != null && o.dominated() ? String.format(Locale.ROOT, "%s %.0f%%", o.dominant(), o.dominantShare() * 100)
                : "", Format.ci(Summary.of(new ArrayList<>(m.clean(op).values())), 2, seeds));
      }
      for (String c : m.corruptions) {
        Map<Long, Double> fpGaps = m.gaps(c, "fp32");
        for (String op : order) {
          Summary gap = Summary.of(new ArrayList<>(m.gaps(c, op).values()));
          double ratio = Summary.of(new ArrayList<>(fpGaps.values())).mean() / gap.mean();
          String in = set.contains(c) ? "yes" : m.gapCounts(c, op) ? "no: " + String.join(", ", m.smallGaps(c))
              + " gap too small" : "no: gap too small";
          TableRows.appendRow(detail, m.model, c, op, Format.ci(Summary.of(new ArrayList<>(m.corrupted(c, op).values())), 2,
              m.seeds.count()), Format.ci(gap, 2, m.seeds.count()), Format.fixed(m.gapFloor(c, op), 2),
              op.equals("fp32") || !m.gapCounts(c, op) || !m.gapCounts(c, "fp32") ? "-" : Format.fixed(ratio, 3), in);
        }
      }
      notes.add(m.model + ": " + describeSet(m, set));
      rankNotes.add(models.size() > 1 ? m.model + ": " + ranking.note("retention") : ranking.note("retention"));
    }
    List<String> headlineNotes = new ArrayList<>();
    headlineNotes.add("retention = accuracy averaged over the model's corruption set and severities / clean accuracy, "
        + "per seed, then mean ± CI. clean = clean test accuracy (%). " + models.get(0).seeds.note());
    headlineNotes.add("O_robust = qmean over the common valid set of R_c = G_c,fp32 / G_c,op, times 100, with G_c = clean - "
        + "mean corrupted accuracy (points, paired by seed) and R_c from seed-mean gaps; above 100: loses less to "
        + "corruption than FP32. Its CI comes from the delta method over seeds (per-seed ratios of small gaps explode). "
        + "\"carried by\": the corruption whose ratio holds more than half of the sum of squares (the overall is then "
        + "mostly one ratio).");
    headlineNotes.add(gapRule());
    headlineNotes.addAll(notes);
    headlineNotes.addAll(rankNotes);
    List<String> detailNotes = List.of(
        "mean corrupted = accuracy (%) averaged over the corruption's severities; gap G = clean - mean corrupted "
            + "(points), per seed, then mean ± CI over seeds.", gapRule());
    return List.of(new BenchTable(TRACK, "Corruption robustness", headline, headlineNotes),
        new BenchTable("robustness_gaps", "Corruption robustness by corruption", detail, detailNotes));
  }

  /**
   * Each model's corruption set, the one every operator is scored on (corruptions that change no
   * test sample, or were not run for every operator, are not in it), for charts.
   */
  public static Map<String, List<String>> corruptionSets(List<ResultRow> rows) {
    Map<String, List<String>> sets = new LinkedHashMap<>();
    RobustnessModel.of(rows).forEach(m -> sets.put(m.model, List.copyOf(m.corruptions)));
    return sets;
  }

  private static String overallText(RobustnessModel m, List<String> set, RobustnessOverall o) {
    if (!m.fp32Validity.counts()) {
      return "n/a: " + m.fp32Validity.excludedLabel();
    }
    if (set.isEmpty()) {
      return "n/a: empty common valid set";
    }
    if (o.seeds() == 0) {
      return "n/a: no seed shared with FP32";
    }
    String text = Format.fixed(o.value(), 2);
    return Double.isNaN(o.halfWidth()) ? text : text + " ± " + Format.fixed(o.halfWidth(), 2);
  }

  private static String describeSet(RobustnessModel m, List<String> set) {
    StringBuilder s = new StringBuilder("corruption set (every operator) = ")
        .append(m.corruptions.isEmpty() ? "none" : String.join(", ", m.corruptions)).append('.');
    m.leftOut.forEach((c, why) -> s.append(" Not in it: ").append(c).append(", ").append(why).append('.'));
    if (!m.changesChecked) {
      s.append(" Whether each corruption changes the test set was not checked (no changed_samples rows).");
    }
    s.append(" Common valid set (every gap large enough) = ").append(set.isEmpty() ? "empty" : String.join(", ", set))
        .append('.');
    if (m.fp32Validity.status() == Validity.Status.NOT_TRAINED) {
      s.append(" FP32 not trained on it (clean accuracy ").append(Format.fixed(m.fp32Validity.bound(), 2))
          .append(" does not pass ").append(m.fp32Validity.threshold()).append("): O_robust is not computed.");
    }
    return s.toString();
  }

  private static String gapRule() {
    return "A gap forms a ratio only when FP32's and the operator's mean gaps both exceed max(" + fmt(RobustnessModel.MIN_GAP)
        + " points, " + fmt(RobustnessModel.SE_GAP) + " SE), SE = the seed standard error of the paired per-seed gaps "
        + "(one seed: the points alone). O_robust uses only corruptions where every operator's gap forms a ratio, so "
        + "that every operator is scored on the same set.";
  }

  private static String fmt(double v) {
    return Format.significant(v, 3);
  }

  /** The corruption of a {@code <corruption>/<severity>} setting. */
  static String corruptionOf(ResultRow r) {
    int slash = r.setting().lastIndexOf('/');
    if (slash <= 0 || !r.setting().substring(slash + 1).matches("[1-9]")) {
      throw new BadInputException("a robustness row has the setting '" + r.setting() + "' (" + TableRows.model(r)
          + ", " + r.operator() + ", seed " + r.seed() + ")", "write 'clean' or '<corruption>/<severity 1-5>', "
          + "such as gaussian_noise/3 (docs/rows.md)");
    }
    return r.setting().substring(0, slash);
  }

  /** The severity of a {@code <corruption>/<severity>} setting, 0 for clean. */
  public static int severityOf(String setting) {
    return setting.equals("clean") ? 0 : Integer.parseInt(setting.substring(setting.lastIndexOf('/') + 1));
  }
}
