package bibench.harness.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down correction for a family of m tests: sort the p-values, reject the k-th
 * smallest while p_(k) <= alpha / (m - k + 1), and stop at the first that is not. It keeps the
 * chance of any false rejection in the family at or below alpha, whatever the dependence between
 * the tests, and is never less powerful than Bonferroni. A NaN p-value (a test that could not be
 * run) counts in m and is never rejected.
 */
public final class Holm {
  private Holm() {}

  /** Which hypotheses are rejected at family-wise level {@code alpha}, in the order of {@code p}. */
  public static boolean[] reject(double[] p, double alpha) {
    double[] adjusted = adjust(p);
    boolean[] rejected = new boolean[p.length];
    for (int i = 0; i < p.length; i++) {
      rejected[i] = adjusted[i] <= alpha;
    }
    return rejected;
  }

  /**
   * Holm-adjusted p-values, in the order of {@code p}: p_adj_(k) = max over j <= k of
   * min(1, (m - j + 1) p_(j)). A hypothesis is rejected at level alpha when its adjusted p <= alpha.
   */
  public static double[] adjust(double[] p) {
    int m = p.length;
    Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> Double.isNaN(p[i]) ? 2 : p[i]));
    double[] adjusted = new double[m];
    double running = 0;
    for (int k = 0; k < m; k++) {
      double pk = Double.isNaN(p[order[k]]) ? 1 : p[order[k]];
      running = Math.max(running, Math.min(1, (m - k) * pk));
      adjusted[order[k]] = Double.isNaN(p[order[k]]) ? Double.NaN : running;
    }
    return adjusted;
  }
}
