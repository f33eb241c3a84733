package bibench.harness.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsAndFormatTest {

  @Test
  void studentQuantilesMatchTheTable() {
    assertEquals(12.706, Stats.t975(1), 1e-9);
    assertEquals(2.228, Stats.t975(10), 1e-9);
    assertEquals(2.228, Stats.t975(10.7), 1e-9); // fractional df rounds down (wider)
    assertEquals(2.0211, Stats.t975(40), 5e-4); // R: qt(0.975, 40) = 2.021075
    assertEquals(1.9840, Stats.t975(100), 5e-4); // R: qt(0.975, 100) = 1.983972
  }

  @Test
  void confidenceIntervalOfThreeSeeds() {
    Stats s = Stats.of(List.of(1.0, 2.0, 6.0));
    // mean 3, sample variance ((4 + 1 + 9) / 2) = 7
    assertEquals(3.0, s.mean(), 1e-12);
    assertEquals(Math.sqrt(7), s.stddev(), 1e-12);
    assertEquals(4.303 * Math.sqrt(7) / Math.sqrt(3), s.ci95(), 1e-12);
    assertEquals("3.00 ± 2.65 [±6.57]", Format.mean(s, 2));
    assertEquals(Math.sqrt(14.0 / 3), Stats.populationStddev(List.of(1.0, 2.0, 6.0)), 1e-12);
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
