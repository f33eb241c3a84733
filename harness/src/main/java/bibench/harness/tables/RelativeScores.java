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
 * The training cells of the learning-task or architecture track, seed by seed: every column
 * (task/architecture, and the recipe when it is not BiBench's fine-tuning), FP32's validity on it,
 * and per operator and seed the relative scores against FP32 of the same seed:
 * A = max(0, s) / s_fp (BiBench's) and A0 = (s - s0) / (s_fp - s0) (chance-corrected). A seed
 * where the operator diverged counts A = A0 = 0; a seed without a finite FP32 score has no pair.
 */
final class RelativeScores {

  /**
   * One column of the tables.
   *
   * @param name its heading, such as {@code optdigits/mlp}
   * @param arch the architecture id
   * @param validity FP32's validity on it
   * @param scores operator to seed to score (NaN: diverged)
   */
  record Column(String name, String arch, Validity validity, Map<String, Map<Long, Double>> scores) {

    /** The operator's scores, seed to value (empty when it has none). */
    Map<Long, Double> of(String op) {
      return scores.getOrDefault(op, Map.of());
    }
  }

  final List<Column> columns;
  final List<String> operators;
  final Seeds seeds;

  private RelativeScores(List<Column> columns, List<String> operators, Seeds seeds) {
    this.columns = columns;
    this.operators = operators;
    this.seeds = seeds;
  }

  /** The columns of {@code track} among {@code rows}. */
  static RelativeScores of(List<ResultRow> rows, String track) {
    List<ResultRow> trackRows = rows.stream().filter(r -> r.track().equals(track)).toList();
    List<ResultRow> scores = trackRows.stream().filter(r -> r.metric().equals("score")).toList();
    FpReference reference = FpReference.of(rows);
    Map<String, Map<String, Map<Long, Double>>> byColumn = new LinkedHashMap<>();
    Map<String, ResultRow> first = new LinkedHashMap<>();
    for (ResultRow r : scores) {
      String name = columnName(r);
      first.putIfAbsent(name, r);
      byColumn.computeIfAbsent(name, k -> new LinkedHashMap<>()).computeIfAbsent(r.operator(), k -> new TreeMap<>())
          .put(r.seed(), r.value());
    }
    List<Column> columns = new ArrayList<>();
    byColumn.forEach((name, byOp) -> {
      ResultRow r = first.get(name);
      Summary fp = Summary.of(new ArrayList<>(byOp.getOrDefault("fp32", Map.of()).values()));
      columns.add(new Column(name, r.arch(), reference.judge(r, fp), byOp));
    });
    return new RelativeScores(columns, TableRows.operators(scores), Seeds.of(scores));
  }

  /** "task/arch", with the recipe when it is not {@code finetune}. */
  static String columnName(ResultRow r) {
    String model = TableRows.model(r);
    return r.setting().isEmpty() || r.setting().equals("finetune") ? model : model + " (" + r.setting() + ")";
  }

  /** The binarized operators (every operator but FP32). */
  List<String> binarized() {
    return operators.stream().filter(op -> !op.equals("fp32")).toList();
  }

  /** The columns that enter the overall metric. */
  List<Column> counted() {
    return columns.stream().filter(c -> c.validity().counts()).toList();
  }

  /** A per seed of {@code op} on {@code column}. */
  static Map<Long, Double> relative(Column column, String op) {
    return perSeed(column, op, false);
  }

  /** A0 per seed of {@code op} on {@code column} (empty when s0 is unknown). */
  static Map<Long, Double> chanceCorrected(Column column, String op) {
    return Double.isNaN(column.validity().s0()) ? Map.of() : perSeed(column, op, true);
  }

  private static Map<Long, Double> perSeed(Column column, String op, boolean chanceCorrected) {
    Map<Long, Double> fp = column.of("fp32");
    Map<Long, Double> values = new TreeMap<>();
    double s0 = column.validity().s0();
    column.of(op).forEach((seed, score) -> {
      Double reference = fp.get(seed);
      if (reference == null || Double.isNaN(reference)) {
        return;
      }
      double value;
      if (Double.isNaN(score)) {
        value = 0;
      } else if (chanceCorrected) {
        value = reference - s0 > 0 ? (score - s0) / (reference - s0) : Double.NaN;
      } else {
        value = reference > 0 ? Math.max(0, score) / reference : Double.NaN;
      }
      values.put(seed, value);
    });
    return values;
  }

  /** The seeds on which {@code op} has a relative score in every one of {@code columns}. */
  static Set<Long> commonSeeds(String op, List<Column> columns) {
    Set<Long> common = null;
    for (Column c : columns) {
      Set<Long> seeds = new TreeSet<>();
      relative(c, op).forEach((seed, a) -> {
        if (!Double.isNaN(a)) {
          seeds.add(seed);
        }
      });
      if (common == null) {
        common = seeds;
      } else {
        common.retainAll(seeds);
      }
    }
    return common == null ? Set.of() : common;
  }

  /** The values of {@code perSeed} on {@code seeds}, in seed order. */
  static List<Double> on(Map<Long, Double> perSeed, Set<Long> seeds) {
    List<Double> values = new ArrayList<>();
    new TreeSet<>(seeds).forEach(s -> values.add(perSeed.get(s)));
    return values;
  }

  /** The column names that do not count, each with why, for footnotes. */
  List<String> leftOut() {
    List<String> out = new ArrayList<>();
    for (Column c : columns) {
      if (!c.validity().counts()) {
        out.add(c.name() + " (" + c.validity().excludedLabel() + ")");
      }
    }
    return out;
  }

  /** The columns without s0 rows. */
  Set<String> unchecked() {
    Set<String> out = new LinkedHashSet<>();
    columns.stream().filter(c -> c.validity().status() == Validity.Status.UNCHECKED).forEach(c -> out.add(c.name()));
    return out;
  }
}
