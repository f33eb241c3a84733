package bibench.harness.tables;

import bibench.harness.stats.Summary;
import bibench.BadInputException;
import bibench.models.Architectures;
import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * BiBench's neural-architecture table: for every operator (rows) and architecture (columns, one
 * per task/arch the track trained) the mean score over seeds and the relative score A =
 * max(0, score) / score_fp32; then, per architecture family (CNN, MLP, Transformer, and "unknown"
 * for an id the registry does not know), Q_f = qmean of the family's A; and O_arch = qmean over
 * families of Q_f, times 100. Averaging within a family first keeps a family with many
 * architectures from outweighing the others.
 */
public final class ArchitectureTable {
  /** The track id of the rows this table reads. */
  public static final String TRACK = "architecture";

  /** The family of an architecture id the registry does not know. */
  public static final String UNKNOWN_FAMILY = "unknown";

  private ArchitectureTable() {}

  /** The table, or none when the rows have no architecture scores. */
  public static BenchTable build(Table table) {
    List<ResultRow> rows = TableRows.select(table, TRACK, "score");
    Map<String, Map<String, List<Double>>> byColumn = new LinkedHashMap<>();
    Map<String, String> familyOfColumn = new LinkedHashMap<>();
    for (ResultRow r : rows) {
      String column = TableRows.model(r);
      familyOfColumn.put(column, familyOf(r.arch()));
      byColumn.computeIfAbsent(column, k -> new LinkedHashMap<>())
          .computeIfAbsent(r.operator(), k -> new ArrayList<>()).add(r.value());
    }
    List<String> operators = TableRows.operators(rows);
    Table cells = Table.create("Neural architecture", StringColumn.create("operator", operators));
    // operator -> family -> A values
    Map<String, Map<String, List<Double>>> relatives = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, List<Double>>> column : byColumn.entrySet()) {
      Summary fp = Summary.of(column.getValue().getOrDefault("fp32", List.of()));
      String family = familyOfColumn.get(column.getKey());
      StringColumn score = StringColumn.create(column.getKey());
      StringColumn relative = StringColumn.create(column.getKey() + " A");
      for (String op : operators) {
        Summary s = Summary.of(column.getValue().getOrDefault(op, List.of()));
        score.append(Format.mean(s, 2));
        boolean present = s.n() > 0 || s.allDiverged();
        double a = s.allDiverged() ? 0 : Math.max(0, s.mean()) / fp.mean();
        relative.append(present ? Format.fixed(a, 3) : "-");
        if (present && !Double.isNaN(a)) {
          relatives.computeIfAbsent(op, k -> new TreeMap<>()).computeIfAbsent(family, k -> new ArrayList<>()).add(a);
        }
      }
      cells.addColumns(score, relative);
    }
    List<String> families = new ArrayList<>(new java.util.TreeSet<>(familyOfColumn.values()));
    for (String family : families) {
      StringColumn q = StringColumn.create("Q " + family);
      for (String op : operators) {
        List<Double> as = relatives.getOrDefault(op, Map.of()).get(family);
        q.append(as == null ? "-" : Format.fixed(Summary.quadraticMean(as), 3));
      }
      cells.addColumns(q);
    }
    StringColumn overall = StringColumn.create("O_arch");
    for (String op : operators) {
      List<Double> qs = new ArrayList<>();
      relatives.getOrDefault(op, Map.of()).values().forEach(as -> qs.add(Summary.quadraticMean(as)));
      overall.append(Format.fixed(Summary.quadraticMean(qs) * 100, 2));
    }
    cells.addColumns(overall);
    List<String> notes = List.of(
        "Scores in % (the task's metric). " + Format.SEEDS_NOTE,
        "A = max(0, score) / score of FP32 on the same task and architecture; Q f = qmean of A within family f;"
            + " O_arch = qmean over families of Q f, times 100 (a diverged cell counts A = 0).",
        "Families: " + describe(familyOfColumn) + ".");
    return new BenchTable(TRACK, "Neural architecture", cells, notes);
  }

  /** The family of an architecture id, lower case, or "unknown". */
  public static String familyOf(String arch) {
    try {
      return Architectures.byId(arch).family().name().toLowerCase(Locale.ROOT);
    } catch (BadInputException e) {
      return UNKNOWN_FAMILY;
    }
  }

  private static String describe(Map<String, String> familyOfColumn) {
    List<String> parts = new ArrayList<>();
    familyOfColumn.forEach((column, family) -> parts.add(column + " " + family));
    return String.join(", ", parts);
  }
}
