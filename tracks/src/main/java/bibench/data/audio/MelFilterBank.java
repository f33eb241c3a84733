package bibench.data.audio;

/**
 * Triangular mel filters on the bins of a power spectrum, built the way torchaudio's {@code
 * MelSpectrogram} builds them by default (HTK mel scale, no area normalisation):
 *
 * <ul>
 *   <li>{@code mel(f) = 2595 log10(1 + f / 700)}; the {@code nMels + 2} edge frequencies {@code
 *       f_0 .. f_{nMels+1}} are evenly spaced in mel from {@code mel(fMin)} to {@code mel(fMax)}.
 *   <li>Bin {@code k} of an {@code nFft}-point spectrum sits at {@code k * sampleRate / nFft} Hz,
 *       {@code k = 0 .. nFft/2}.
 *   <li>Filter {@code m} weighs bin frequency {@code f} by {@code max(0, min((f - f_m) / (f_{m+1} -
 *       f_m), (f_{m+2} - f) / (f_{m+2} - f_{m+1})))}: a triangle rising from {@code f_m} to 1 at
 *       {@code f_{m+1}} and falling to 0 at {@code f_{m+2}}.
 * </ul>
 */
public final class MelFilterBank {

  private final double[][] weights;

  private MelFilterBank(double[][] weights) {
    this.weights = weights;
  }

  /** HTK-scale filters for an {@code nFft}-point spectrum at the given rate. */
  public static MelFilterBank htk(int nMels, int nFft, int sampleRate, double fMin, double fMax) {
    double melMin = hzToMel(fMin);
    double melMax = hzToMel(fMax);
    double[] edges = new double[nMels + 2];
    for (int i = 0; i < edges.length; i++) {
      edges[i] = melToHz(melMin + (melMax - melMin) * i / (nMels + 1));
    }
    int bins = nFft / 2 + 1;
    double[][] w = new double[nMels][bins];
    for (int m = 0; m < nMels; m++) {
      for (int k = 0; k < bins; k++) {
        double f = (double) k * sampleRate / nFft;
        double down = (f - edges[m]) / (edges[m + 1] - edges[m]);
        double up = (edges[m + 2] - f) / (edges[m + 2] - edges[m + 1]);
        w[m][k] = Math.max(0, Math.min(down, up));
      }
    }
    return new MelFilterBank(w);
  }

  /** HTK mel of a frequency in Hz. */
  public static double hzToMel(double hz) {
    return 2595 * Math.log10(1 + hz / 700);
  }

  /** Frequency in Hz of an HTK mel value. */
  public static double melToHz(double mel) {
    return 700 * (Math.pow(10, mel / 2595) - 1);
  }

  /** Number of filters. */
  public int size() {
    return weights.length;
  }

  /** The weight of filter {@code mel} on spectrum bin {@code bin}. */
  public double weight(int mel, int bin) {
    return weights[mel][bin];
  }

  /** The filter energies of a power spectrum ({@code nFft/2 + 1} values). */
  public double[] apply(double[] power) {
    double[] out = new double[weights.length];
    for (int m = 0; m < weights.length; m++) {
      double[] w = weights[m];
      double s = 0;
      for (int k = 0; k < w.length; k++) {
        s += w[k] * power[k];
      }
      out[m] = s;
    }
    return out;
  }
}
