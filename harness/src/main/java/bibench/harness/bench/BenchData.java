package bibench.harness.bench;

import java.util.Random;

/** Deterministic benchmark inputs. */
final class BenchData {
  private BenchData() {}

  /** Standard normal floats. */
  static float[] gaussian(Random r, int n) {
    float[] v = new float[n];
    for (int i = 0; i < n; i++) {
      v[i] = (float) r.nextGaussian();
    }
    return v;
  }

  /**
   * Ternary weights as BitNet b1.58 makes them from standard normal latent weights:
   * RoundClip(w / mean|w|, -1, 1), mean|w| = sqrt(2 / pi); about 31 % zeros.
   */
  static float[] ternary(Random r, int n) {
    float[] v = gaussian(r, n);
    double gamma = Math.sqrt(2 / Math.PI);
    for (int i = 0; i < n; i++) {
      v[i] = (float) Math.max(-1, Math.min(1, Math.rint(v[i] / gamma)));
    }
    return v;
  }
}
