package bibench.data.corrupt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Where a corruption's strength has a direction, higher severities change the image more. */
class SeverityOrderTest {

  private static double[] changeBySeverity(String id, ChwImage clean) {
    Corruption c = Corruptions.byId(id);
    double[] change = new double[5];
    for (int s = 1; s <= 5; s++) {
      change[s - 1] = c.apply(clean, s, 2024L, 0).meanAbsoluteDifference(clean);
    }
    return change;
  }

  @ParameterizedTest
  @ValueSource(strings = {"gaussian_noise", "shot_noise", "impulse_noise", "speckle_noise",
      "gaussian_blur", "contrast", "brightness", "jpeg_compression"})
  void meanAbsoluteChangeGrowsWithSeverity(String id) {
    ChwImage clean = TestImages.textured(3, 64, 64);
    double[] change = changeBySeverity(id, clean);
    for (int s = 1; s < 5; s++) {
      assertTrue(change[s] > change[s - 1], id + ": " + Arrays.toString(change));
    }
  }

  @Test
  void pixelateLosesDetail() {
    ChwImage clean = TestImages.textured(3, 32, 32);
    Corruption pixelate = Corruptions.byId("pixelate");
    int previous = distinctColumns(clean);
    assertTrue(previous == 32);
    // shrinking to floor(32 f) columns leaves at most that many distinct columns
    int[] expectedAtMost = {30, 28, 27, 24, 20};
    for (int s = 1; s <= 5; s++) {
      int distinct = distinctColumns(pixelate.apply(clean, s, 0L, 0));
      assertTrue(distinct <= expectedAtMost[s - 1], "severity " + s + ": " + distinct);
      assertTrue(distinct < previous, "severity " + s + " kept as much detail as the one before");
      previous = distinct;
    }
  }

  @Test
  void saturateWashesOutThenExaggerates() {
    ChwImage clean = TestImages.textured(3, 32, 32);
    Corruption saturate = Corruptions.byId("saturate");
    double base = meanSaturation(clean);
    double[] sat = new double[5];
    for (int s = 1; s <= 5; s++) {
      sat[s - 1] = meanSaturation(saturate.apply(clean, s, 0L, 0));
    }
    assertTrue(sat[1] < sat[0] && sat[0] < base, Arrays.toString(sat));
    assertTrue(base < sat[2] && sat[2] < sat[3] && sat[3] < sat[4], Arrays.toString(sat));
  }

  private static int distinctColumns(ChwImage img) {
    int distinct = 1;
    for (int x = 1; x < img.width(); x++) {
      boolean same = true;
      for (int c = 0; c < img.channels() && same; c++) {
        for (int y = 0; y < img.height() && same; y++) {
          same = img.get(c, y, x) == img.get(c, y, x - 1);
        }
      }
      if (!same) {
        distinct++;
      }
    }
    return distinct;
  }

  /** Mean of (max - min) / max over pixels, computed here without the production HSV code. */
  private static double meanSaturation(ChwImage img) {
    double sum = 0;
    int n = img.planeSize();
    for (int y = 0; y < img.height(); y++) {
      for (int x = 0; x < img.width(); x++) {
        float r = img.get(0, y, x);
        float g = img.get(1, y, x);
        float b = img.get(2, y, x);
        float max = Math.max(r, Math.max(g, b));
        float min = Math.min(r, Math.min(g, b));
        sum += max == 0 ? 0 : (max - min) / max;
      }
    }
    return sum / n;
  }
}
