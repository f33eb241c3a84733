package bibench.harness.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {

  @Test
  void meanSdAndTheStudentInterval() {
    Summary s = Summary.of(List.of(1.0, 2.0, 6.0, Double.NaN));
    assertEquals(3, s.mean(), 1e-12);
    assertEquals(Math.sqrt(7), s.sd(), 1e-12);
    assertEquals(3, s.n());
    assertEquals(1, s.diverged());
    // t975(2) = 4.302652729749462 (mpmath), sd / sqrt(3)
    assertEquals(4.302652729749462 * Math.sqrt(7) / Math.sqrt(3), s.ci95(), 1e-12);
    assertEquals(s.mean() - s.ci95(), s.lower95(), 1e-12);
  }

  @Test
  void oneValueHasNoIntervalAndNoneHasNoMean() {
    Summary one = Summary.of(5.0);
    assertEquals(5, one.mean());
    assertTrue(Double.isNaN(one.sd()));
    assertTrue(Double.isNaN(one.ci95()));
    Summary none = Summary.of(Double.NaN, Double.NaN);
    assertTrue(none.allDiverged());
    assertTrue(Double.isNaN(none.mean()));
    assertTrue(!Summary.of().allDiverged());
  }

  @Test
  void populationSdAndQuadraticMean() {
    assertEquals(Math.sqrt(14.0 / 3), Summary.populationSd(List.of(1.0, 2.0, 6.0)), 1e-12);
    assertEquals(Math.sqrt((0.25 + 1) / 2), Summary.quadraticMean(List.of(0.5, 1.0)), 1e-12);
    assertTrue(Double.isNaN(Summary.quadraticMean(List.of())));
  }
}
