package bibench.data.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import org.junit.jupiter.api.Test;

class DecimatorTest {

  private static float[] sine(double hz, int rate, int n) {
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = (float) Math.sin(2 * Math.PI * hz * i / rate);
    }
    return x;
  }

  /** Amplitude of the middle half of a signal (away from the zero-padded ends). */
  private static double amplitude(float[] y) {
    double max = 0;
    for (int i = y.length / 4; i < 3 * y.length / 4; i++) {
      max = Math.max(max, Math.abs(y[i]));
    }
    return max;
  }

  @Test
  void keepsAPassBandToneAndHalvesTheLength() {
    float[] y = new Decimator(2).apply(sine(1000, 16000, 16000));
    assertEquals(8000, y.length);
    assertEquals(1.0, amplitude(y), 0.01);
    // The kept samples are the tone at 8 kHz: y[k] = sin(2 pi 1000 k / 8000).
    for (int k = 2000; k < 2010; k++) {
      assertEquals(Math.sin(2 * Math.PI * 1000 * k / 8000), y[k], 0.01);
    }
  }

  @Test
  void removesToneThatWouldAliasByAtLeastFortyDecibels() {
    // 6 kHz at 16 kHz would fold to 2 kHz at 8 kHz without the low-pass.
    float[] y = new Decimator(2).apply(sine(6000, 16000, 16000));
    assertTrue(amplitude(y) < 0.01, "amplitude " + amplitude(y));
  }

  @Test
  void theFilterHasUnitGainAtZeroHertz() {
    double sum = 0;
    for (double t : new Decimator(3).taps()) {
      sum += t;
    }
    assertEquals(1.0, sum, 1e-12);
    assertEquals(3 * 64 + 1, new Decimator(3).taps().length);
  }

  @Test
  void aRateThatIsNotAMultipleOfEightKilohertzIsNamed() {
    WavDecoder.Audio audio = new WavDecoder.Audio(11025, new float[10]);
    BadInputException e = assertThrows(BadInputException.class,
        () -> Decimator.toRate(audio, 8000, "/d/a.wav"));
    assertTrue(e.getMessage().contains("/d/a.wav has 11025 Hz"), e.getMessage());
  }
}
