package bibench.harness.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The ranks an item can hold given the pairwise decisions made about it: from 1 + the number of
 * items significantly better than it, to N - the number significantly worse. An item that no test
 * separates from the others spans 1-N; a fully resolved one has a single rank.
 *
 * @param best the best (smallest) rank it can hold
 * @param worst the worst (largest) rank it can hold
 */
public record RankInterval(int best, int worst) {

  /**
   * The interval of every item, from decisions {@code better[i][j]} = "item i is significantly
   * better than item j" (N x N; a pair may be decided in at most one direction).
   */
  public static List<RankInterval> of(boolean[][] better) {
    int n = better.length;
    List<RankInterval> intervals = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int above = 0;
      int below = 0;
      for (int j = 0; j < n; j++) {
        if (i == j) {
          continue;
        }
        if (better[j][i]) {
          above++;
        }
        if (better[i][j]) {
          below++;
        }
      }
      intervals.add(new RankInterval(1 + above, n - below));
    }
    return intervals;
  }

  /** True when only one rank is possible. */
  public boolean resolved() {
    return best == worst;
  }

  /** "3" when only one rank is possible, else "2-5". */
  @Override
  public String toString() {
    return resolved() ? Integer.toString(best) : best + "-" + worst;
  }
}
