package bibench.harness.tables;

import bibench.harness.stats.Summary;
import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The robustness rows of one model (task and architecture), seed by seed. Its corruption set is
 * one for every operator: the corruptions every operator was tested on, less those that change no
 * test sample of this data set (FP32's {@code changed_samples} rows are 0 at every severity, such
 * as {@code saturate} on gray images: checked from the rows, never assumed). Per operator, seed and
 * corruption: the accuracy averaged over the corruption's severities and the gap G = clean - that
 * mean, in points.
 */
final class RobustnessModel {
  /** Smallest gap, in points, that forms a ratio. */
  static final double MIN_GAP = 2;

  /** Smallest gap in standard errors of the paired per-seed gaps. */
  static final double SE_GAP = 2;

  final String model;
  final List<String> operators;
  final Seeds seeds;
  final Validity fp32Validity;
  final List<String> corruptions = new ArrayList<>();
  final Map<String, String> leftOut = new LinkedHashMap<>();
  final boolean changesChecked;
  private final Map<String, Map<Long, Double>> clean = new LinkedHashMap<>();
  private final Map<String, Map<String, Map<Long, Double>>> corrupted = new LinkedHashMap<>();

  private RobustnessModel(String model, List<ResultRow> scores, List<ResultRow> changed, FpReference reference) {
    this.model = model;
    this.operators = TableRows.operators(scores);
    this.seeds = Seeds.of(scores);
    Map<String, Map<String, Map<Long, List<Double>>>> bySeverity = new LinkedHashMap<>();
    for (ResultRow r : scores) {
      if (r.setting().equals("clean")) {
        clean.computeIfAbsent(r.operator(), k -> new TreeMap<>()).put(r.seed(), r.value());
      } else {
        bySeverity.computeIfAbsent(RobustnessTable.corruptionOf(r), k -> new LinkedHashMap<>())
            .computeIfAbsent(r.operator(), k -> new TreeMap<>()).computeIfAbsent(r.seed(), k -> new ArrayList<>())
            .add(r.value());
      }
    }
    bySeverity.forEach((c, byOp) -> {
      Map<String, Map<Long, Double>> means = new LinkedHashMap<>();
      byOp.forEach((op, bySeed) -> {
        Map<Long, Double> perSeed = new TreeMap<>();
        bySeed.forEach((seed, values) -> perSeed.put(seed, Summary.of(values).diverged() > 0 ? Double.NaN
            : Summary.of(values).mean()));
        means.put(op, perSeed);
      });
      corrupted.put(c, means);
    });
    Map<String, Double> changedByCorruption = new LinkedHashMap<>();
    for (ResultRow r : changed) {
      changedByCorruption.merge(RobustnessTable.corruptionOf(r), r.value(), Double::sum);
    }
    this.changesChecked = !changed.isEmpty();
    for (String c : corrupted.keySet()) {
      List<String> absent = operators.stream().filter(op -> !corrupted.get(c).containsKey(op)).toList();
      if (!absent.isEmpty()) {
        leftOut.put(c, "not run for " + String.join(", ", absent));
      } else if (changesChecked && changedByCorruption.getOrDefault(c, Double.NaN) == 0) {
        leftOut.put(c, "changes no test sample (changed_samples = 0 at every severity)");
      } else if (changesChecked && !changedByCorruption.containsKey(c)) {
        leftOut.put(c, "no changed_samples rows");
      } else {
        corruptions.add(c);
      }
    }
    Summary fpClean = Summary.of(new ArrayList<>(clean.getOrDefault("fp32", Map.of()).values()));
    this.fp32Validity = reference.judge(clean.isEmpty() ? scores.get(0) : cleanRow(scores), fpClean);
  }

  /**
   * One analysis per model among the robustness rows of {@code rows} (a run's rows: s0 and the test
   * size may come from the task's other tracks).
   */
  static List<RobustnessModel> of(List<ResultRow> rows) {
    Map<String, List<ResultRow>> scores = new LinkedHashMap<>();
    Map<String, List<ResultRow>> changed = new LinkedHashMap<>();
    for (ResultRow r : rows) {
      if (!r.track().equals(RobustnessTable.TRACK)) {
        continue;
      }
      if (r.metric().equals("score")) {
        scores.computeIfAbsent(TableRows.model(r), k -> new ArrayList<>()).add(r);
      } else if (r.metric().equals("changed_samples") && r.operator().equals("fp32")) {
        changed.computeIfAbsent(TableRows.model(r), k -> new ArrayList<>()).add(r);
      }
    }
    FpReference reference = FpReference.of(rows);
    List<RobustnessModel> models = new ArrayList<>();
    scores.forEach((model, list) -> models.add(new RobustnessModel(model, list, changed.getOrDefault(model, List.of()),
        reference)));
    return models;
  }

  /** A clean-accuracy row, whose track, task, model and setting the reference rows are looked up by. */
  private static ResultRow cleanRow(List<ResultRow> scores) {
    return scores.stream().filter(r -> r.setting().equals("clean")).findFirst().orElse(scores.get(0));
  }

  /** The binarized operators. */
  List<String> binarized() {
    return operators.stream().filter(op -> !op.equals("fp32")).toList();
  }

  /** Clean accuracy per seed. */
  Map<Long, Double> clean(String op) {
    return clean.getOrDefault(op, Map.of());
  }

  /** Accuracy averaged over the corruption's severities, per seed (NaN when a severity diverged). */
  Map<Long, Double> corrupted(String corruption, String op) {
    return corrupted.getOrDefault(corruption, Map.of()).getOrDefault(op, Map.of());
  }

  /** The paired gaps clean - corrupted per seed, where both are finite. */
  Map<Long, Double> gaps(String corruption, String op) {
    Map<Long, Double> gaps = new TreeMap<>();
    Map<Long, Double> c = clean(op);
    corrupted(corruption, op).forEach((seed, v) -> {
      Double cl = c.get(seed);
      if (cl != null && !Double.isNaN(cl) && !Double.isNaN(v)) {
        gaps.put(seed, cl - v);
      }
    });
    return gaps;
  }

  /** The gap a ratio needs: max(2 points, 2 SE of the paired per-seed gaps); 2 points with one seed. */
  double gapFloor(String corruption, String op) {
    double se = Summary.of(new ArrayList<>(gaps(corruption, op).values())).se();
    return Double.isNaN(se) ? MIN_GAP : Math.max(MIN_GAP, SE_GAP * se);
  }

  /** True when the operator's mean gap exceeds its floor. */
  boolean gapCounts(String corruption, String op) {
    Summary g = Summary.of(new ArrayList<>(gaps(corruption, op).values()));
    return g.n() > 0 && g.mean() > gapFloor(corruption, op);
  }

  /** The corruptions where FP32's gap and every binarized operator's gap count: the common valid set. */
  List<String> commonValidSet() {
    List<String> set = new ArrayList<>();
    for (String c : corruptions) {
      if (operators.stream().allMatch(op -> gapCounts(c, op))) {
        set.add(c);
      }
    }
    return set;
  }

  /** The operators whose gap on {@code corruption} is too small to form a ratio. */
  Set<String> smallGaps(String corruption) {
    Set<String> small = new LinkedHashSet<>();
    operators.stream().filter(op -> !gapCounts(corruption, op)).forEach(small::add);
    return small;
  }

  /** Retention per seed: accuracy averaged over the corruption set (and severities) / clean accuracy. */
  Map<Long, Double> retention(String op) {
    Map<Long, Double> out = new TreeMap<>();
    if (corruptions.isEmpty()) {
      return out;
    }
    for (Map.Entry<Long, Double> cl : clean(op).entrySet()) {
      List<Double> values = new ArrayList<>();
      for (String c : corruptions) {
        values.add(corrupted(c, op).getOrDefault(cl.getKey(), Double.NaN));
      }
      Summary s = Summary.of(values);
      if (s.diverged() == 0 && cl.getValue() > 0) {
        out.put(cl.getKey(), s.mean() / cl.getValue());
      }
    }
    return out;
  }

  /** The seeds where FP32 and {@code op} both have every gap of {@code set}. */
  Set<Long> pairedSeeds(String op, List<String> set) {
    Set<Long> common = new TreeSet<>(seeds.seeds());
    for (String c : set) {
      common.retainAll(gaps(c, "fp32").keySet());
      common.retainAll(gaps(c, op).keySet());
    }
    return common;
  }
}
