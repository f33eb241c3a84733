package bibench.harness.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Ranks items (operators) measured on the same seeds: a two-sided paired t-test between every
 * two items on the seeds both have, Holm's correction over all N(N-1)/2 pairs, and each item's
 * {@link RankInterval} from the pairs the tests resolve. A pair with fewer than two common seeds
 * cannot be tested: it stays in the family (p counted as 1) and is never resolved. Two items the
 * tests do not separate are tied.
 *
 * @param names the items, in the order given
 * @param means mean of each item's values
 * @param seeds how many values each item has
 * @param intervals the rank interval of each item
 * @param pairs how many pairs, N(N-1)/2
 * @param testedPairs how many pairs had at least two common seeds
 * @param resolvedPairs how many pairs the corrected tests resolve
 */
public record PairedRanking(List<String> names, List<Double> means, List<Integer> seeds, List<RankInterval> intervals,
    int pairs, int testedPairs, int resolvedPairs) {

  /** The conventional family-wise error rate of the tables. */
  public static final double ALPHA = 0.05;

  public PairedRanking {
    names = List.copyOf(names);
    means = List.copyOf(means);
    seeds = List.copyOf(seeds);
    intervals = List.copyOf(intervals);
  }

  /**
   * Ranks {@code values}: item name to its value per seed (NaN or a missing seed: no value).
   *
   * @param higherIsBetter the direction of the values
   * @param alpha family-wise error rate (two-sided tests)
   */
  public static PairedRanking rank(Map<String, Map<Long, Double>> values, boolean higherIsBetter, double alpha) {
    List<String> names = new ArrayList<>(values.keySet());
    int n = names.size();
    List<Double> means = new ArrayList<>();
    List<Integer> seeds = new ArrayList<>();
    for (String name : names) {
      List<Double> finite = values.get(name).values().stream().filter(v -> !Double.isNaN(v)).toList();
      Summary s = Summary.of(finite);
      means.add(s.mean());
      seeds.add(s.n());
    }
    int pairs = n * (n - 1) / 2;
    int[][] pair = new int[pairs][];
    double[] p = new double[pairs];
    double[] difference = new double[pairs];
    int k = 0;
    int tested = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        Map<Long, Double> vi = values.get(names.get(i));
        Map<Long, Double> vj = values.get(names.get(j));
        for (long seed : new TreeSet<>(vi.keySet())) {
          Double x = vi.get(seed);
          Double y = vj.get(seed);
          if (x != null && y != null && !Double.isNaN(x) && !Double.isNaN(y)) {
            a.add(x);
            b.add(y);
          }
        }
        pair[k] = new int[] {i, j};
        if (a.size() >= 2) {
          TTest test = TTest.paired(a, b, Tail.TWO_SIDED);
          p[k] = test.p();
          difference[k] = test.difference();
          tested++;
        } else {
          p[k] = Double.NaN;
        }
        k++;
      }
    }
    boolean[] rejected = Holm.reject(p, alpha);
    boolean[][] better = new boolean[n][n];
    int resolved = 0;
    for (k = 0; k < pairs; k++) {
      if (!rejected[k] || difference[k] == 0) {
        continue;
      }
      resolved++;
      boolean firstBetter = higherIsBetter == difference[k] > 0;
      int i = pair[k][0];
      int j = pair[k][1];
      better[firstBetter ? i : j][firstBetter ? j : i] = true;
    }
    return new PairedRanking(names, means, seeds, RankInterval.of(better), pairs, tested, resolved);
  }

  /** The interval of {@code name}. */
  public RankInterval intervalOf(String name) {
    return intervals.get(indexOf(name));
  }

  /**
   * The names in rank order: by best rank, then worst rank, then mean (in the values' good
   * direction), then name.
   */
  public List<String> ordered(boolean higherIsBetter) {
    List<String> ordered = new ArrayList<>(names);
    Comparator<String> byInterval = Comparator.comparingInt((String s) -> intervalOf(s).best())
        .thenComparingInt(s -> intervalOf(s).worst());
    Comparator<String> byMean = Comparator.comparingDouble(s -> {
      double m = means.get(indexOf(s));
      return Double.isNaN(m) ? Double.POSITIVE_INFINITY : higherIsBetter ? -m : m;
    });
    ordered.sort(byInterval.thenComparing(byMean).thenComparing(Comparator.naturalOrder()));
    return ordered;
  }

  private int indexOf(String name) {
    int i = names.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no item " + name + " in the ranking");
    }
    return i;
  }
}
