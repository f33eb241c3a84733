package bibench.harness.tables;

import bibench.harness.stats.PairedRanking;
import java.util.List;
import java.util.Map;

/**
 * The rank column of a table: the binarized operators (FP32 is the reference, not ranked) ranked
 * by {@link PairedRanking} on their per-seed overall values, two-sided paired t-tests between every
 * two, Holm's correction within the table at 0.05, each operator's rank interval printed "2-5"
 * ("3" when only one rank is possible). With fewer than two common seeds nothing can be tested and
 * the column reads "-".
 */
final class Ranking {
  private final PairedRanking ranking;
  private final boolean higherIsBetter;

  private Ranking(PairedRanking ranking, boolean higherIsBetter) {
    this.ranking = ranking;
    this.higherIsBetter = higherIsBetter;
  }

  /** Ranks operator to seed to overall value. */
  static Ranking of(Map<String, Map<Long, Double>> perSeed, boolean higherIsBetter) {
    return new Ranking(PairedRanking.rank(perSeed, higherIsBetter, PairedRanking.ALPHA), higherIsBetter);
  }

  /** True when at least one pair could be tested. */
  boolean possible() {
    return ranking.testedPairs() > 0;
  }

  /** The operators in rank order (by interval, then mean). */
  List<String> order() {
    return ranking.ordered(higherIsBetter);
  }

  /** The operator's rank interval, "-" when no pair could be tested. */
  String rank(String op) {
    return possible() ? ranking.intervalOf(op).toString() : "-";
  }

  /** The footnote: how the rank is made and how many pairs the tests resolve. */
  String note(String overall) {
    int n = ranking.names().size();
    if (n < 2) {
      return "Rank: one binarized operator, nothing to rank.";
    }
    if (!possible()) {
      return "Rank: none; paired tests need two or more seeds common to both operators.";
    }
    String untested = ranking.testedPairs() < ranking.pairs()
        ? " " + (ranking.pairs() - ranking.testedPairs()) + " pairs with fewer than two common seeds count as untested."
        : "";
    return "Rank: two-sided paired t-tests on the per-seed " + overall + " between every two binarized operators, "
        + "Holm-corrected within the table (family-wise 0.05); rank interval = [1 + #significantly better, N - "
        + "#significantly worse]; FP32 is the reference, not ranked. Resolved pairs: " + ranking.resolvedPairs()
        + " of " + ranking.pairs() + "." + untested;
  }
}
