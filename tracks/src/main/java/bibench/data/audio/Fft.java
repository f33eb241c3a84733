package bibench.data.audio;

/**
 * An in-place iterative radix-2 fast Fourier transform (Cooley-Tukey, decimation in time) of a
 * fixed power-of-two length, for the spectrograms of the speech tasks. {@code X[k] = sum_n x[n]
 * exp(-2 pi i k n / N)}, no scaling. The twiddle factors are computed once per instance; an
 * instance is immutable and may be shared between threads.
 */
public final class Fft {

  private final int n;
  private final double[] cos;
  private final double[] sin;

  /** A transform of length {@code n}, a power of two. */
  public Fft(int n) {
    if (n < 1 || Integer.bitCount(n) != 1) {
      throw new IllegalArgumentException("FFT length must be a power of two, got " + n);
    }
    this.n = n;
    this.cos = new double[n / 2];
    this.sin = new double[n / 2];
    for (int k = 0; k < n / 2; k++) {
      cos[k] = Math.cos(2 * Math.PI * k / n);
      sin[k] = -Math.sin(2 * Math.PI * k / n);
    }
  }

  /** The transform length. */
  public int length() {
    return n;
  }

  /** Transforms {@code (re, im)} in place; both must have the transform's length. */
  public void transform(double[] re, double[] im) {
    if (re.length != n || im.length != n) {
      throw new IllegalArgumentException("expected arrays of length " + n);
    }
    for (int i = 1, j = 0; i < n; i++) {
      int bit = n >> 1;
      for (; (j & bit) != 0; bit >>= 1) {
        j ^= bit;
      }
      j |= bit;
      if (i < j) {
        double t = re[i];
        re[i] = re[j];
        re[j] = t;
        t = im[i];
        im[i] = im[j];
        im[j] = t;
      }
    }
    for (int len = 2; len <= n; len <<= 1) {
      int half = len >> 1;
      int step = n / len;
      for (int k = 0; k < half; k++) {
        double wr = cos[k * step];
        double wi = sin[k * step];
        for (int a = k; a < n; a += len) {
          int b = a + half;
          double xr = re[b] * wr - im[b] * wi;
          double xi = re[b] * wi + im[b] * wr;
          re[b] = re[a] - xr;
          im[b] = im[a] - xi;
          re[a] += xr;
          im[a] += xi;
        }
      }
    }
  }

  /**
   * The power spectrum {@code |X[k]|^2} of a real frame of the transform's length, for {@code k =
   * 0 .. N/2} ({@code N/2 + 1} values).
   */
  public double[] powerSpectrum(double[] frame) {
    double[] re = frame.clone();
    double[] im = new double[n];
    transform(re, im);
    double[] p = new double[n / 2 + 1];
    for (int k = 0; k < p.length; k++) {
      p[k] = re[k] * re[k] + im[k] * im[k];
    }
    return p;
  }
}
