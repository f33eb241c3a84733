package bibench.data.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import bibench.data.Split;
import org.junit.jupiter.api.Test;

class LogMelTest {

  @Test
  void oneSecondAtEightKilohertzGivesThirtyTwoFramesOfThirtyTwoBands() {
    assertEquals(32, LogMel.FRAMES);
    assertEquals(32 * 32, LogMel.features(new float[8000]).length);
  }

  @Test
  void silenceIsTheLogOfTheOffset() {
    for (float v : LogMel.features(new float[3000])) {
      assertEquals(Math.log(1e-6), v, 1e-6);
    }
  }

  @Test
  void clipsAreCroppedOrPaddedAroundTheirCentre() {
    float[] x = {1, 2, 3, 4, 5};
    assertArrayEquals(new float[] {2, 3, 4}, LogMel.fitClip(x, 3));
    assertArrayEquals(new float[] {0, 1, 2, 3, 4, 5, 0, 0}, LogMel.fitClip(x, 8));
  }

  @Test
  void aToneLightsTheBandAroundItsFrequency() {
    float[] x = new float[8000];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (0.5 * Math.sin(2 * Math.PI * 1000 * i / 8000));
    }
    float[] f = LogMel.features(x);
    // The filter whose peak is nearest 1 kHz: peaks at melToHz(k * mel(4000) / 33), k = 1..32.
    int expected = -1;
    double best = Double.MAX_VALUE;
    for (int m = 0; m < 32; m++) {
      double peak = MelFilterBank.melToHz((m + 1) * MelFilterBank.hzToMel(4000) / 33);
      if (Math.abs(peak - 1000) < best) {
        best = Math.abs(peak - 1000);
        expected = m;
      }
    }
    int loudest = 0;
    for (int m = 0; m < 32; m++) {
      if (f[m * 32 + 16] > f[loudest * 32 + 16]) {
        loudest = m;
      }
    }
    assertEquals(expected, loudest);
  }

  @Test
  void theHannWindowIsPeriodic() {
    double[] w = LogMel.hann(4);
    assertArrayEquals(new double[] {0, 0.5, 1, 0.5}, w, 1e-12);
  }

  @Test
  void bandsAreStandardisedWithTrainingStatisticsOnly() {
    // Two samples of 2 bands x 2 frames. Band 0 values 1, 3, 5, 7: mean 4, population std
    // sqrt(5). Band 1 values all 2: std 0, so it is only centred.
    Split train = new Split("train", new float[] {1, 3, 2, 2, 5, 7, 2, 2}, new int[] {0, 1},
        new int[] {2, 2});
    Split test = new Split("test", new float[] {4, 9, 2, 3}, new int[] {1}, new int[] {2, 2});
    BandStandardizer s = BandStandardizer.fit(train);
    assertEquals(4, s.mean(0), 1e-12);
    assertEquals(Math.sqrt(5), s.std(0), 1e-12);
    float[] t = s.apply(test).features();
    assertArrayEquals(new float[] {0f, (float) (5 / Math.sqrt(5)), 0f, 1f}, t, 1e-6f);
  }
}
