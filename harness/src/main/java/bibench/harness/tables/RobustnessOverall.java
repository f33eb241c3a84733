package bibench.harness.tables;

import bibench.harness.stats.StudentT;
import bibench.harness.stats.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BiBench's O_robust of one operator on a set of corruptions: R_c = mean G_c,fp32 / mean G_c,op
 * (seed-mean gaps over the seeds both have), O_robust = qmean over c of R_c, times 100. A ratio of
 * single-seed gaps can explode where one seed's gap is near 0, so O_robust is not averaged over
 * per-seed ratios; its 95% interval comes from the delta method instead: each seed's first-order
 * influence on O_robust, L_s = sum over c of R_c / (|C| Q) * ((g_fp,c,s - mean g_fp,c) - R_c (g_op,c,s
 * - mean g_op,c)) / mean g_op,c, gives the half-width t975(n - 1) * sd(L) / sqrt(n), which keeps the
 * pairing of the two gaps by seed. The largest ratio's share of the sum of squares is kept for
 * the flag "one ratio carries more than half".
 *
 * @param value O_robust (NaN when the set or the seeds are empty)
 * @param halfWidth half-width of its 95% interval (NaN with fewer than two seeds)
 * @param seeds the seeds it is computed on
 * @param dominant the corruption with the largest ratio
 * @param dominantShare its share of the sum of squared ratios
 */
record RobustnessOverall(double value, double halfWidth, int seeds, String dominant, double dominantShare) {

  /** Share of the sum of squares above which one ratio is said to carry O_robust. */
  static final double DOMINANT = 0.5;

  /** O_robust of {@code op} on {@code set}. */
  static RobustnessOverall of(RobustnessModel model, String op, List<String> set) {
    Set<Long> seeds = model.pairedSeeds(op, set);
    if (set.isEmpty() || seeds.isEmpty()) {
      return new RobustnessOverall(Double.NaN, Double.NaN, seeds.size(), "", Double.NaN);
    }
    int k = set.size();
    double[][] fp = new double[k][];
    double[][] bi = new double[k][];
    double[] ratio = new double[k];
    double[] fpMean = new double[k];
    double[] biMean = new double[k];
    double sumSquares = 0;
    for (int c = 0; c < k; c++) {
      fp[c] = on(model.gaps(set.get(c), "fp32"), seeds);
      bi[c] = on(model.gaps(set.get(c), op), seeds);
      fpMean[c] = Summary.of(fp[c]).mean();
      biMean[c] = Summary.of(bi[c]).mean();
      ratio[c] = fpMean[c] / biMean[c];
      sumSquares += ratio[c] * ratio[c];
    }
    double q = Math.sqrt(sumSquares / k);
    int top = 0;
    for (int c = 1; c < k; c++) {
      top = ratio[c] * ratio[c] > ratio[top] * ratio[top] ? c : top;
    }
    double share = ratio[top] * ratio[top] / sumSquares;
    double half = Double.NaN;
    int n = seeds.size();
    if (n >= 2) {
      double[] influence = new double[n];
      for (int s = 0; s < n; s++) {
        for (int c = 0; c < k; c++) {
          double deviation = (fp[c][s] - fpMean[c]) - ratio[c] * (bi[c][s] - biMean[c]);
          influence[s] += ratio[c] / (k * q) * deviation / biMean[c];
        }
      }
      half = StudentT.t975(n - 1) * Summary.of(influence).sd() / Math.sqrt(n) * 100;
    }
    return new RobustnessOverall(q * 100, half, n, set.get(top), share);
  }

  /** True when one ratio carries more than half of the sum of squares. */
  boolean dominated() {
    return dominantShare > DOMINANT;
  }

  private static double[] on(Map<Long, Double> perSeed, Set<Long> seeds) {
    List<Double> values = new ArrayList<>();
    seeds.forEach(s -> values.add(perSeed.get(s)));
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
