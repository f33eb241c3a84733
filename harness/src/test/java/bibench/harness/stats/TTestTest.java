package bibench.harness.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reference values from scipy 1.17 (stats.ttest_ind(equal_var=False), stats.ttest_rel), which
 * share no code with this implementation.
 */
class TTestTest {
  private static final List<Double> A = List.of(12.1, 14.3, 11.8, 15.2, 13.9);
  private static final List<Double> B = List.of(10.2, 11.9, 12.5, 9.8);

  @Test
  void welchMatchesScipy() {
    TTest two = TTest.welch(Summary.of(A), Summary.of(B), Tail.TWO_SIDED);
    assertEquals(2.5573735940197304, two.statistic(), 1e-12);
    assertEquals(6.860801549163432, two.df(), 1e-10);
    assertEquals(0.03834018420402469, two.p(), 1e-12);
    assertEquals(0.9808299078979876, TTest.welch(Summary.of(A), Summary.of(B), Tail.LESS).p(), 1e-12);
    assertEquals(0.03834018420402469 / 2, TTest.welch(Summary.of(A), Summary.of(B), Tail.GREATER).p(), 1e-12);
  }

  @Test
  void pairedMatchesScipy() {
    List<Double> x = List.of(71.2, 68.4, 70.9, 69.5);
    List<Double> y = List.of(68.0, 67.9, 69.1, 66.2);
    TTest two = TTest.paired(x, y, Tail.TWO_SIDED);
    assertEquals(3.3229241783491066, two.statistic(), 1e-12);
    assertEquals(3, two.df());
    assertEquals(0.044955834217304876, two.p(), 1e-12);
    assertEquals(0.022477917108652438, TTest.paired(x, y, Tail.GREATER).p(), 1e-12);
  }

  @Test
  void pairingRemovesTheSeedEffectThatWelchCannot() {
    // every seed moves both operators alike; the second is 1 point lower on each
    List<Double> first = List.of(60.0, 70.0, 80.0);
    List<Double> second = List.of(59.0, 69.2, 78.9);
    assertEquals(true, TTest.paired(first, second, Tail.TWO_SIDED).p() < 0.05);
    assertEquals(true, TTest.welch(Summary.of(first), Summary.of(second), Tail.TWO_SIDED).p() > 0.5);
  }

  @Test
  void zeroSpreadGivesInfiniteOrNoEvidence() {
    TTest same = TTest.paired(List.of(1.0, 2.0), List.of(1.0, 2.0), Tail.TWO_SIDED);
    assertEquals(0, same.statistic());
    assertEquals(1, same.p());
    TTest shifted = TTest.paired(List.of(2.0, 3.0), List.of(1.0, 2.0), Tail.TWO_SIDED);
    assertEquals(Double.POSITIVE_INFINITY, shifted.statistic());
    assertEquals(0, shifted.p());
    assertEquals(5, TTest.welchDf(0, 3, 0, 4));
  }

  @Test
  void tooFewValuesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> TTest.paired(List.of(1.0), List.of(2.0), Tail.TWO_SIDED));
    assertThrows(IllegalArgumentException.class, () -> TTest.paired(List.of(1.0, 2.0), List.of(2.0), Tail.LESS));
    assertThrows(IllegalArgumentException.class,
        () -> TTest.welch(Summary.of(1.0), Summary.of(1.0, 2.0), Tail.TWO_SIDED));
  }
}
