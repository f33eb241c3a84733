package bibench.harness.tables;

import bibench.BadInputException;
import bibench.models.Architectures;
import bibench.results.ResultRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * BiBench's neural-architecture tables. Per seed, for each architecture family f (CNN, MLP,
 * Transformer; "unknown" for an id the registry does not know) Q_f = qmean of A over the family's
 * architectures that count, and O_arch = qmean over families of Q_f, times 100: averaging within a
 * family first keeps a family with many architectures from outweighing the others. O_arch and Q_f
 * are mean ± 95% CI over the seeds common to every architecture that counts; operators are ranked
 * by paired tests on per-seed O_arch. Scores and validity as for the learning task.
 */
public final class ArchitectureTable {
  /** The track id of the rows this table reads. */
  public static final String TRACK = "architecture";

  /** The family of an architecture id the registry does not know. */
  public static final String UNKNOWN_FAMILY = "unknown";

  private ArchitectureTable() {}

  /** The headline, scores and validity tables; empty when the rows have no architecture scores. */
  public static List<BenchTable> build(List<ResultRow> rows) {
    RelativeScores cells = RelativeScores.of(rows, TRACK);
    if (cells.columns.isEmpty()) {
      return List.of();
    }
    List<RelativeScores.Column> counted = cells.counted();
    Map<String, List<RelativeScores.Column>> families = new TreeMap<>();
    counted.forEach(c -> families.computeIfAbsent(familyOf(c.arch()), k -> new ArrayList<>()).add(c));
    RelativeTable headline = new RelativeTable(cells, "O_arch");
    for (String op : cells.binarized()) {
      Set<Long> seeds = RelativeScores.commonSeeds(op, counted);
      if (counted.isEmpty()) {
        headline.overall(op, Map.of(), "no architecture counts");
        continue;
      }
      if (seeds.isEmpty()) {
        headline.overall(op, Map.of(), "no seed common to every architecture that counts");
        continue;
      }
      List<Map<Long, Double>> qs = new ArrayList<>();
      families.forEach((family, columns) -> {
        List<Map<Long, Double>> as = new ArrayList<>();
        columns.forEach(c -> as.add(RelativeScores.relative(c, op)));
        Map<Long, Double> q = RelativeTable.qmeanPerSeed(as, seeds, 1);
        qs.add(q);
        headline.summary("Q " + family, op, q);
      });
      headline.overall(op, RelativeTable.qmeanPerSeed(qs, seeds, 100), null);
    }
    BenchTable main = headline.build(TRACK, "Neural architecture", List.of(
        "Q f = qmean of A over family f's architectures that count; O_arch = qmean over families of Q f, times 100; "
            + "both per seed, then mean ± CI over the seeds every counted architecture has.",
        "Families: " + describe(cells) + "."));
    return List.of(main,
        TrainingCellTables.scores(TRACK + "_scores", "Neural architecture: scores", cells, headline.order()),
        TrainingCellTables.validity(TRACK + "_validity", "Neural architecture: which architectures count", cells,
            "O_arch", "architecture"));
  }

  /** The family of an architecture id, lower case, or "unknown". */
  public static String familyOf(String arch) {
    try {
      return Architectures.byId(arch).family().name().toLowerCase(Locale.ROOT);
    } catch (BadInputException e) {
      return UNKNOWN_FAMILY;
    }
  }

  private static String describe(RelativeScores cells) {
    Map<String, List<String>> byFamily = new TreeMap<>();
    cells.columns.forEach(c -> byFamily.computeIfAbsent(familyOf(c.arch()), k -> new ArrayList<>()).add(c.name()));
    List<String> parts = new ArrayList<>();
    byFamily.forEach((family, names) -> parts.add(family + ": " + String.join(", ", names)));
    return String.join("; ", parts);
  }
}
