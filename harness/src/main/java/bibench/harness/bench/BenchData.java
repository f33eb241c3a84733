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

  /** PB-LLM's share of salient weights in the benchmarks: 10 %. */
  static final double SALIENT = 0.1;

  /** Positions of the {@code round(fraction * n)} largest |v| (PB-LLM's salient weights). */
  static int[] largest(float[] v, double fraction) {
    int k = (int) Math.round(fraction * v.length);
    return java.util.stream.IntStream.range(0, v.length).boxed()
        .sorted((x, y) -> Float.compare(Math.abs(v[y]), Math.abs(v[x]))).limit(k).mapToInt(Integer::intValue)
        .sorted().toArray();
  }

  /** The values at the positions. */
  static float[] at(float[] v, int[] index) {
    float[] out = new float[index.length];
    for (int e = 0; e < index.length; e++) {
      out[e] = v[index[e]];
    }
    return out;
  }
}
