package bibench.data.audio;

/**
 * The log-mel features of the speech tasks: BiBench's keyword-spotting front end (32 mel bands,
 * {@code n_fft} 2048, hop 512 at 16 kHz) at half the rate, 8 kHz, with {@code n_fft} 1024 and hop
 * 256, which cover the same time spans (128 ms windows every 32 ms).
 *
 * <ol>
 *   <li>Clip to exactly 1 s = 8,000 samples: a longer clip is cropped around its centre (start
 *       {@code (n - 8000) / 2}); a shorter one is padded with zeros on both sides ({@code (8000 -
 *       n) / 2} before, the rest after).
 *   <li>Centred frames (as torchaudio / librosa with {@code center=True}): the clip is padded
 *       with 512 zeros on each side and frame {@code t} covers padded samples {@code [256 t, 256 t
 *       + 1024)}. Frames = {@code 1 + floor(8000 / 256)} = 32.
 *   <li>Each frame times a periodic Hann window {@code w[n] = 0.5 - 0.5 cos(2 pi n / 1024)}, then
 *       the power spectrum {@code |FFT|^2} (513 bins).
 *   <li>32 HTK triangular mel filters from 0 to 4,000 Hz ({@link MelFilterBank}).
 *   <li>{@code log(mel + 1e-6)} (natural log).
 * </ol>
 *
 * <p>The result has shape {32, 32}: band-major, {@code features[band * 32 + frame]}.
 */
public final class LogMel {

  /** The working sample rate. */
  public static final int SAMPLE_RATE = 8_000;
  /** Window and FFT length. */
  public static final int N_FFT = 1_024;
  /** Step between frames. */
  public static final int HOP = 256;
  /** Number of mel bands. */
  public static final int N_MELS = 32;
  /** Clip length in samples (1 s). */
  public static final int CLIP = 8_000;
  /** Frames per clip: {@code 1 + CLIP / HOP}. */
  public static final int FRAMES = 1 + CLIP / HOP;
  /** Added before the logarithm. */
  public static final double LOG_OFFSET = 1e-6;

  private static final Fft FFT = new Fft(N_FFT);
  private static final MelFilterBank MEL =
      MelFilterBank.htk(N_MELS, N_FFT, SAMPLE_RATE, 0, SAMPLE_RATE / 2.0);
  private static final double[] WINDOW = hann(N_FFT);

  private LogMel() {}

  /** The {@code 32 x 32} features of a clip sampled at 8 kHz, band-major. */
  public static float[] features(float[] samples8k) {
    float[] clip = fitClip(samples8k, CLIP);
    int pad = N_FFT / 2;
    double[] padded = new double[CLIP + 2 * pad];
    for (int i = 0; i < CLIP; i++) {
      padded[pad + i] = clip[i];
    }
    float[] out = new float[N_MELS * FRAMES];
    double[] frame = new double[N_FFT];
    for (int t = 0; t < FRAMES; t++) {
      for (int i = 0; i < N_FFT; i++) {
        frame[i] = padded[t * HOP + i] * WINDOW[i];
      }
      double[] mel = MEL.apply(FFT.powerSpectrum(frame));
      for (int m = 0; m < N_MELS; m++) {
        out[m * FRAMES + t] = (float) Math.log(mel[m] + LOG_OFFSET);
      }
    }
    return out;
  }

  /** Crops around the centre or pads with zeros on both sides to exactly {@code length}. */
  public static float[] fitClip(float[] x, int length) {
    float[] out = new float[length];
    if (x.length >= length) {
      System.arraycopy(x, (x.length - length) / 2, out, 0, length);
    } else {
      System.arraycopy(x, 0, out, (length - x.length) / 2, x.length);
    }
    return out;
  }

  /** The periodic Hann window of length n. */
  public static double[] hann(int n) {
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / n);
    }
    return w;
  }
}
