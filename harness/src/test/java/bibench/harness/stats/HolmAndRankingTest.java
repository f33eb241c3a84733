package bibench.harness.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HolmAndRankingTest {

  @Test
  void holmStepsDownAndStopsAtTheFirstFailure() {
    // m = 4: thresholds 0.0125, 0.0167, 0.025, 0.05 for the sorted p-values
    double[] p = {0.06, 0.001, 0.013, 0.03};
    assertArrayEquals(new boolean[] {false, true, true, false}, Holm.reject(p, 0.05));
    // adjusted: 4 * .001, max(.004, 3 * .013), max(.039, 2 * .03), max(.06, .06)
    assertArrayEquals(new double[] {0.06, 0.004, 0.039, 0.06}, Holm.adjust(p), 1e-15);
  }

  @Test
  void holmDoesNotRejectWhatUncorrectedTestsWould() {
    // each p is below 0.05 on its own, but none survives the family of five (smallest needs 0.01)
    double[] p = {0.03, 0.02, 0.045, 0.011, 0.04};
    assertArrayEquals(new boolean[5], Holm.reject(p, 0.05));
  }

  @Test
  void anUntestedPairCountsInTheFamilyAndIsNeverRejected() {
    // alone, 0.03 would be rejected; in a family of two it needs 0.025
    double[] p = {0.03, Double.NaN};
    assertArrayEquals(new boolean[] {false, false}, Holm.reject(p, 0.05));
    assertArrayEquals(new boolean[] {true}, Holm.reject(new double[] {0.03}, 0.05));
  }

  @Test
  void rankIntervalsCountTheResolvedPairs() {
    boolean[][] better = new boolean[4][4];
    better[0][2] = true;
    better[0][3] = true;
    better[1][3] = true;
    List<RankInterval> intervals = RankInterval.of(better);
    assertEquals("1-2", intervals.get(0).toString());
    assertEquals("1-3", intervals.get(1).toString());
    assertEquals("2-4", intervals.get(2).toString());
    assertEquals("3-4", intervals.get(3).toString());
    better[0][1] = true;
    better[1][2] = true;
    better[2][3] = true;
    assertEquals(List.of("1", "2", "3", "4"), RankInterval.of(better).stream().map(RankInterval::toString).toList());
  }

  @Test
  void pairedRankingResolvesClearGapsAndTiesNoise() {
    Map<String, Map<Long, Double>> values = new LinkedHashMap<>();
    values.put("low", Map.of(1L, 50.0, 2L, 52.0, 3L, 49.0, 4L, 51.0, 5L, 50.5));
    values.put("high", Map.of(1L, 70.0, 2L, 72.1, 3L, 69.2, 4L, 71.0, 5L, 70.4));
    values.put("high2", Map.of(1L, 70.3, 2L, 71.8, 3L, 69.4, 4L, 70.7, 5L, 70.2));
    PairedRanking r = PairedRanking.rank(values, true, 0.05);
    assertEquals(3, r.pairs());
    assertEquals(3, r.testedPairs());
    assertEquals(2, r.resolvedPairs());
    assertEquals("3", r.intervalOf("low").toString());
    assertEquals("1-2", r.intervalOf("high").toString());
    assertEquals(List.of("high", "high2", "low"), r.ordered(true));
    // lower is better: the order turns round
    PairedRanking lower = PairedRanking.rank(values, false, 0.05);
    assertEquals("1", lower.intervalOf("low").toString());
  }

  @Test
  void oneSeedRanksNothing() {
    Map<String, Map<Long, Double>> values = new LinkedHashMap<>();
    values.put("a", Map.of(1L, 10.0));
    values.put("b", Map.of(1L, 90.0));
    PairedRanking r = PairedRanking.rank(values, true, 0.05);
    assertEquals(0, r.testedPairs());
    assertEquals(0, r.resolvedPairs());
    assertEquals("1-2", r.intervalOf("a").toString());
  }
}
