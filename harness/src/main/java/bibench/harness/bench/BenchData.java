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
}
