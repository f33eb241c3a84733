package bibench.harness.tables;

import bibench.harness.stats.PairedRanking;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rank column of a table: the binarized operators (FP32 is the reference, not ranked) ranked
 * by {@link PairedRanking} on their per-seed overall values, two-sided paired t-tests between every
 * two, Holm's correction within the table at 0.05, each operator's rank interval printed "2-5"
 * ("3" when only one rank is possible). With fewer than two common seeds nothing can be tested and
 * the column reads "-". An operator without any overall value (n/a) is not ranked and comes last.
 */
final class Ranking {
  private final PairedRanking ranking;
  private final boolean higherIsBetter;
  private final List<String> unranked;

  private Ranking(PairedRanking ranking, boolean higherIsBetter, List<String> unranked) {
    this.ranking = ranking;
    this.higherIsBetter = higherIsBetter;
    this.unranked = unranked;
  }

  /** Ranks operator to seed to overall value. */
  static Ranking of(Map<String, Map<Long, Double>> perSeed, boolean higherIsBetter) {
    Map<String, Map<Long, Double>> ranked = new LinkedHashMap<>();
    List<String> unranked = new ArrayList<>();
    perSeed.forEach((op, values) -> {
      if (values.values().stream().anyMatch(v -> !Double.isNaN(v))) {
        ranked.put(op, values);
      } else {
        unranked.add(op);
      }
    });
    return new Ranking(PairedRanking.rank(ranked, higherIsBetter, PairedRanking.ALPHA), higherIsBetter, unranked);
  }

  /** True when at least one pair could be tested. */
  boolean possible() {
    return ranking.testedPairs() > 0;
  }

  /** The operators in rank order (by interval, then mean), the unranked last. */
  List<String> order() {
    List<String> order = new ArrayList<>(ranking.ordered(higherIsBetter));
    order.addAll(unranked);
    return order;
  }

  /** The operator's rank interval, "-" when no pair could be tested or it has no value. */
  String rank(String op) {
    return possible() && !unranked.contains(op) ? ranking.intervalOf(op).toString() : "-";
  }

  /** The footnote: how the rank is made and how many pairs the tests resolve. */
  String note(String overall) {
    int n = ranking.names().size();
    String without = unranked.isEmpty() ? "" : " Not ranked (no " + overall + "): " + String.join(", ", unranked) + ".";
    if (n < 2) {
      return (n + unranked.size() < 2 ? "Rank: one binarized operator, nothing to rank."
          : "Rank: none; fewer than two operators have a " + overall + ".") + without;
    }
    if (!possible()) {
      return "Rank: none; paired tests need two or more seeds common to both operators." + without;
    }
    String untested = ranking.testedPairs() < ranking.pairs()
        ? " " + (ranking.pairs() - ranking.testedPairs()) + " pairs with fewer than two common seeds count as untested."
        : "";
    return "Rank: two-sided paired t-tests on the per-seed " + overall + " between every two binarized operators, "
        + "Holm-corrected within the table (family-wise 0.05); rank interval = [1 + #significantly better, N - "
        + "#significantly worse]; FP32 is the reference, not ranked. Resolved pairs: " + ranking.resolvedPairs()
        + " of " + ranking.pairs() + "." + untested + without;
  }
}
