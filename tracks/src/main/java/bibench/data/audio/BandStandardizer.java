package bibench.data.audio;

import bibench.data.Split;

/**
 * Standardises log-mel features band by band with statistics of the training split only: for
 * each mel band b, the mean and population standard deviation over every frame of every training
 * clip; then {@code x' = (x - mean_b) / std_b} on train and test alike (a band with std below
 * 1e-6 is only centred). The test split never influences the statistics.
 */
public final class BandStandardizer {

  private final double[] mean;
  private final double[] std;
  private final int bands;
  private final int frames;

  private BandStandardizer(double[] mean, double[] std, int frames) {
    this.mean = mean;
    this.std = std;
    this.bands = mean.length;
    this.frames = frames;
  }

  /** Statistics of a split whose samples have shape {bands, frames}. */
  public static BandStandardizer fit(Split train) {
    int[] shape = train.sampleShape();
    int bands = shape[0];
    int frames = shape[1];
    double[] sum = new double[bands];
    double[] sumSq = new double[bands];
    float[] x = train.features();
    for (int s = 0; s < train.size(); s++) {
      for (int b = 0; b < bands; b++) {
        int base = (s * bands + b) * frames;
        for (int t = 0; t < frames; t++) {
          double v = x[base + t];
          sum[b] += v;
          sumSq[b] += v * v;
        }
      }
    }
    double n = (double) train.size() * frames;
    double[] mean = new double[bands];
    double[] std = new double[bands];
    for (int b = 0; b < bands; b++) {
      mean[b] = n == 0 ? 0 : sum[b] / n;
      double var = n == 0 ? 0 : Math.max(0, sumSq[b] / n - mean[b] * mean[b]);
      std[b] = Math.sqrt(var);
    }
    return new BandStandardizer(mean, std, frames);
  }

  /** The mean of a band. */
  public double mean(int band) {
    return mean[band];
  }

  /** The standard deviation of a band. */
  public double std(int band) {
    return std[band];
  }

  /** A standardised copy of a split. */
  public Split apply(Split split) {
    float[] x = split.features().clone();
    for (int s = 0; s < split.size(); s++) {
      for (int b = 0; b < bands; b++) {
        double scale = std[b] < 1e-6 ? 1 : std[b];
        int base = (s * bands + b) * frames;
        for (int t = 0; t < frames; t++) {
          x[base + t] = (float) ((x[base + t] - mean[b]) / scale);
        }
      }
    }
    return new Split(split.name(), x, split.labels(), split.sampleShape());
  }
}
