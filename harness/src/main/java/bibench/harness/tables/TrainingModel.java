package bibench.harness.tables;

import bibench.harness.stats.Summary;
import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The training-consumption rows of one model, seed by seed. A grid setting (optimizer, learning
 * rate, schedule) enters S and T only when FP32 converged in it, by the validity rule ({@link
 * Validity}); the others are listed as "FP32 not converged" and left out for every operator, since
 * a setting in which nothing learns measures the recipe, not the operator. Per operator and seed,
 * over the settings that count: S = population std of the final score (a diverged setting scores
 * 0), T = mean epoch time; then, paired with FP32's seed, T_fp32 / T, S_fp32 / S and O_train =
 * qmean of the two, times 100.
 */
final class TrainingModel {
  final String model;
  final List<String> operators;
  final Seeds seeds;
  final Map<String, Validity> settings = new LinkedHashMap<>();
  private final Map<String, Map<String, Map<Long, Double>>> scores = new LinkedHashMap<>();
  private final Map<String, Map<String, Map<Long, Double>>> times = new LinkedHashMap<>();

  private TrainingModel(String model, List<ResultRow> rows, FpReference reference) {
    this.model = model;
    List<ResultRow> scoreRows = rows.stream().filter(r -> r.metric().equals("score")).toList();
    this.operators = TableRows.operators(scoreRows);
    this.seeds = Seeds.of(scoreRows);
    for (ResultRow r : rows) {
      Map<String, Map<String, Map<Long, Double>>> target = switch (r.metric()) {
        case "score" -> scores;
        case "epoch_time" -> times;
        default -> null;
      };
      if (target != null) {
        target.computeIfAbsent(r.operator(), k -> new LinkedHashMap<>()).computeIfAbsent(r.setting(), k -> new TreeMap<>())
            .put(r.seed(), r.value());
      }
    }
    List<String> grid = new ArrayList<>();
    scores.values().forEach(bySetting -> bySetting.keySet().forEach(s -> {
      if (!grid.contains(s)) {
        grid.add(s);
      }
    }));
    for (String setting : grid) {
      Map<Long, Double> fp = scores.getOrDefault("fp32", Map.of()).getOrDefault(setting, Map.of());
      ResultRow first = scoreRows.stream().filter(r -> r.setting().equals(setting)).findFirst().orElseThrow();
      settings.put(setting, reference.judge(first, Summary.of(new ArrayList<>(fp.values()))));
    }
  }

  /** One analysis per model among the training-track rows of {@code rows} (a run's rows). */
  static List<TrainingModel> of(List<ResultRow> rows) {
    Map<String, List<ResultRow>> byModel = new LinkedHashMap<>();
    rows.stream().filter(r -> r.track().equals(TrainingTable.TRACK))
        .forEach(r -> byModel.computeIfAbsent(TableRows.model(r), k -> new ArrayList<>()).add(r));
    FpReference reference = FpReference.of(rows);
    List<TrainingModel> models = new ArrayList<>();
    byModel.forEach((model, list) -> {
      if (list.stream().anyMatch(r -> r.metric().equals("score"))) {
        models.add(new TrainingModel(model, list, reference));
      }
    });
    return models;
  }

  /** The settings in which FP32 converged. */
  List<String> counted() {
    return settings.entrySet().stream().filter(e -> e.getValue().counts()).map(Map.Entry::getKey).toList();
  }

  /** The settings left out, each with why. */
  List<String> leftOut() {
    List<String> out = new ArrayList<>();
    settings.forEach((s, v) -> {
      if (!v.counts()) {
        out.add(s + (v.status() == Validity.Status.NO_FP32 ? " (no FP32 score)" : " (FP32 not converged)"));
      }
    });
    return out;
  }

  /** S per seed over the settings that count (a diverged setting scores 0); none with fewer than two. */
  Map<Long, Double> sensitivity(String op) {
    Map<Long, Double> out = new TreeMap<>();
    if (counted().size() < 2) {
      return out;
    }
    for (long seed : seeds.seeds()) {
      List<Double> finals = new ArrayList<>();
      for (String setting : counted()) {
        Double v = scores.getOrDefault(op, Map.of()).getOrDefault(setting, Map.of()).get(seed);
        if (v != null) {
          finals.add(Double.isNaN(v) ? 0.0 : v);
        }
      }
      if (finals.size() >= 2) {
        out.put(seed, Summary.populationSd(finals));
      }
    }
    return out;
  }

  /** T per seed: mean epoch time over the settings that count. */
  Map<Long, Double> time(String op) {
    Map<Long, Double> out = new TreeMap<>();
    for (long seed : seeds.seeds()) {
      List<Double> values = new ArrayList<>();
      for (String setting : counted()) {
        Double v = times.getOrDefault(op, Map.of()).getOrDefault(setting, Map.of()).get(seed);
        if (v != null && !Double.isNaN(v)) {
          values.add(v);
        }
      }
      if (!values.isEmpty()) {
        out.put(seed, Summary.of(values).mean());
      }
    }
    return out;
  }

  /** fp32 / op per seed of {@code fp} and {@code op}, where both exist and op > 0. */
  static Map<Long, Double> ratio(Map<Long, Double> fp, Map<Long, Double> op) {
    Map<Long, Double> out = new TreeMap<>();
    op.forEach((seed, v) -> {
      Double f = fp.get(seed);
      if (f != null && v > 0) {
        out.put(seed, f / v);
      }
    });
    return out;
  }

  /** O_train per seed: qmean(T_fp32 / T, S_fp32 / S) * 100. */
  Map<Long, Double> overall(String op) {
    Map<Long, Double> rt = ratio(time("fp32"), time(op));
    Map<Long, Double> rs = ratio(sensitivity("fp32"), sensitivity(op));
    Map<Long, Double> out = new TreeMap<>();
    rt.forEach((seed, t) -> {
      Double s = rs.get(seed);
      if (s != null) {
        out.put(seed, Summary.quadraticMean(List.of(t, s)) * 100);
      }
    });
    return out;
  }

  /** Why {@code op} has no O_train, or null when it has one. */
  String whyNoOverall(String op) {
    if (counted().isEmpty()) {
      return "FP32 converged in no setting";
    }
    if (counted().size() < 2) {
      return "S needs two settings that count";
    }
    return overall(op).isEmpty() ? "S or T is zero or missing on every seed" : null;
  }

  /** How many scores of {@code op} diverged in the settings that count. */
  int diverged(String op) {
    int n = 0;
    for (String setting : counted()) {
      for (double v : scores.getOrDefault(op, Map.of()).getOrDefault(setting, Map.of()).values()) {
        n += Double.isNaN(v) ? 1 : 0;
      }
    }
    return n;
  }
}
