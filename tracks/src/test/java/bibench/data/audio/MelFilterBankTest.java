package bibench.data.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MelFilterBankTest {

  @Test
  void htkMelScaleHasItsTextbookValues() {
    // 2595 * log10(1 + 1000 / 700) = 999.985...; 2595 * log10(1 + 4000 / 700) = 2146.06...
    assertEquals(999.99, MelFilterBank.hzToMel(1000), 0.01);
    assertEquals(2146.06, MelFilterBank.hzToMel(4000), 0.01);
    assertEquals(1234.5, MelFilterBank.melToHz(MelFilterBank.hzToMel(1234.5)), 1e-9);
  }

  @Test
  void twoFiltersOnAnEightPointSpectrumMatchHandComputedWeights() {
    // nFft 8 at 8 kHz: bins at 0, 1000, 2000, 3000, 4000 Hz. Mel edges 0, 715.35, 1430.71,
    // 2146.06 -> 0, 620.9, 1791.3, 4000 Hz (worked by hand from the HTK formula).
    // Filter 0 rises 0..620.9 and falls 620.9..1791.3: at 1000 Hz (1791.3-1000)/1170.4 = 0.6761.
    // Filter 1 rises 620.9..1791.3, falls 1791.3..4000: 1000 Hz -> 0.3239, 2000 Hz ->
    // 2000/2208.7 = 0.9055, 3000 Hz -> 1000/2208.7 = 0.4528, 4000 Hz -> 0.
    MelFilterBank bank = MelFilterBank.htk(2, 8, 8000, 0, 4000);
    double[][] expected = {
      {0, 0.6761, 0, 0, 0},
      {0, 0.3239, 0.9055, 0.4528, 0}
    };
    for (int m = 0; m < 2; m++) {
      for (int k = 0; k < 5; k++) {
        assertEquals(expected[m][k], bank.weight(m, k), 2e-4, "m=" + m + " k=" + k);
      }
    }
    assertArrayEquals(new double[] {0.6761 * 2, 0.3239 * 2 + 0.9055 + 0.4528},
        bank.apply(new double[] {5, 2, 1, 1, 7}), 1e-3);
  }

  @Test
  void theSpeechBankCoversEveryBandWithoutGaps() {
    MelFilterBank bank = MelFilterBank.htk(32, 1024, 8000, 0, 4000);
    for (int m = 0; m < 32; m++) {
      double peak = 0;
      for (int k = 0; k <= 512; k++) {
        peak = Math.max(peak, bank.weight(m, k));
      }
      // Every filter reaches above 0.5 on some bin: the lowest is about five bins wide.
      assertEquals(1, peak, 0.5, "filter " + m);
    }
  }
}
