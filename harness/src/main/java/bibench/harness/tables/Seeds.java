package bibench.harness.tables;

import bibench.results.ResultRow;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The seeds a table is made of, and the sentence every table prints about them: with several
 * seeds a cell is a mean ± the half-width of its 95% Student-t interval; with one seed there is
 * no interval and no ranking, and the table says so rather than print "± 0".
 *
 * @param seeds the training seeds (seed -1, "does not depend on a seed", is left out)
 */
public record Seeds(SortedSet<Long> seeds) {

  public Seeds {
    seeds = new TreeSet<>(seeds);
  }

  /** The seeds of {@code rows}. */
  public static Seeds of(Collection<ResultRow> rows) {
    return new Seeds(rows.stream().map(ResultRow::seed).filter(s -> s >= 0).collect(Collectors.toCollection(TreeSet::new)));
  }

  /** How many seeds. */
  public int count() {
    return seeds.size();
  }

  /** True when intervals and paired tests are possible (two seeds or more). */
  public boolean several() {
    return seeds.size() >= 2;
  }

  /** "3 seeds (1, 2, 3)". */
  public String describe() {
    List<String> ids = seeds.stream().map(String::valueOf).toList();
    return seeds.size() + (seeds.size() == 1 ? " seed (" : " seeds (") + String.join(", ", ids) + ")";
  }

  /** The note on what a cell reads. */
  public String note() {
    if (!several()) {
      return describe() + ": no CI, no ranking. Each value is a single training run; differences between operators "
          + "may be seed noise (several points on these tasks).";
    }
    return describe() + ", paired: every operator's seed s starts from FP32's seed s. A cell reads mean ± half-width of "
        + "the 95% confidence interval over seeds (Student t, n - 1 degrees of freedom); a cell with fewer seeds says "
        + "(n=k).";
  }
}
