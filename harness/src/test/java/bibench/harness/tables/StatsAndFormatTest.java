package bibench.harness.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import bibench.harness.stats.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsAndFormatTest {

  @Test
  void meanAndConfidenceIntervalNeverAFalsePlusMinusZero() {
    Summary s = Summary.of(List.of(1.0, 2.0, 6.0));
    // t975(2) * sqrt(7) / sqrt(3) = 4.30265 * 1.52753 = 6.57
    assertEquals("3.00 ± 6.57", Format.ci(s, 2, 3));
    assertEquals("3.00 ± 6.57 (n=3)", Format.ci(s, 2, 5));
    assertEquals("5.00", Format.ci(Summary.of(5.0), 2, 1));
    assertEquals("diverged", Format.ci(Summary.of(Double.NaN), 2, 1));
    assertEquals("2.00 (1 diverged)", Format.ci(Summary.of(2.0, Double.NaN), 2, 2));
  }

  @Test
  void countsAndSignificantDigits() {
    assertEquals("950", Format.count(950));
    assertEquals("1.23K", Format.count(1234));
    assertEquals("11.2M", Format.count(11_200_000));
    assertEquals("1M", Format.count(999_999));
    assertEquals("0.02", Format.significant(0.02, 2));
    assertEquals("0.01234", Format.significant(0.012344, 4));
    assertEquals("1235", Format.significant(1234.6, 4));
  }
}
