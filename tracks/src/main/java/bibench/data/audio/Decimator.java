package bibench.data.audio;

/**
 * Lowers a sample rate by a whole factor {@code M} (16 kHz to 8 kHz: M = 2): a linear-phase FIR
 * low-pass, then every M-th sample.
 *
 * <p>The filter is a windowed sinc of {@code 64 M + 1} taps (Blackman window, about 74 dB
 * stop-band attenuation) with its cut-off at 0.9 times the new Nyquist frequency (3.6 kHz when
 * going to 8 kHz), taps normalised to sum 1 (unit gain at 0 Hz). The filter is centred on each
 * kept sample (no delay); samples outside the signal count as 0.
 */
public final class Decimator {

  private final int factor;
  private final double[] taps;

  /** A decimator by the given factor (at least 1; 1 copies). */
  public Decimator(int factor) {
    if (factor < 1) {
      throw new IllegalArgumentException("decimation factor must be at least 1: " + factor);
    }
    this.factor = factor;
    int n = 64 * factor + 1;
    double cutoff = 0.45 / factor;
    double[] h = new double[n];
    double sum = 0;
    int mid = n / 2;
    for (int i = 0; i < n; i++) {
      int t = i - mid;
      double sinc = t == 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * t) / (Math.PI * t);
      double window = 0.42 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1))
          + 0.08 * Math.cos(4 * Math.PI * i / (n - 1));
      h[i] = sinc * window;
      sum += h[i];
    }
    for (int i = 0; i < n; i++) {
      h[i] /= sum;
    }
    this.taps = h;
  }

  /** The filter taps (a copy). */
  public double[] taps() {
    return taps.clone();
  }

  /** The decimated signal: {@code ceil(x.length / M)} samples. */
  public float[] apply(float[] x) {
    if (factor == 1) {
      return x.clone();
    }
    int outLen = (x.length + factor - 1) / factor;
    float[] y = new float[outLen];
    int mid = taps.length / 2;
    for (int k = 0; k < outLen; k++) {
      int centre = k * factor;
      int from = Math.max(0, mid - centre);
      int to = Math.min(taps.length, x.length - centre + mid);
      double s = 0;
      for (int j = from; j < to; j++) {
        s += taps[j] * x[centre + j - mid];
      }
      y[k] = (float) s;
    }
    return y;
  }

  /**
   * Converts audio to {@code targetRate}, which must divide its rate.
   *
   * @param where the file, for the message when the rates do not fit
   */
  public static float[] toRate(WavDecoder.Audio audio, int targetRate, String where) {
    int rate = audio.sampleRate();
    if (rate < targetRate || rate % targetRate != 0) {
      throw new bibench.BadInputException(
          "WAV file " + where + " has " + rate + " Hz; the speech tasks need a multiple of "
              + targetRate + " Hz (8, 16, 24, 32, 48 kHz ...)",
          "resample it, for example with: sox in.wav -r 16000 out.wav");
    }
    return rate == targetRate ? audio.samples() : new Decimator(rate / targetRate).apply(audio.samples());
  }
}
