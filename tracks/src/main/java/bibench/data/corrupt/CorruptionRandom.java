package bibench.data.corrupt;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * The random numbers one corruption draws for one image.
 *
 * <p>A stream is keyed by (seed, corruption id, severity, image index) through {@link
 * #forImage}: the noise an image gets depends on nothing else, not on thread order nor on how many
 * images were corrupted before it. The key is hashed with the SplitMix64 finaliser into the seed of
 * a {@link SplittableRandom} (whose SplitMix64 output is fixed by its specification). Gaussian and
 * Poisson variates are computed here from its uniform doubles with fixed algorithms (Marsaglia's
 * polar method; Knuth's product method below mean 10 and Hörmann's PTRS transformed rejection from
 * 10 up, W. Hörmann 1993, "The transformed rejection method for generating Poisson random
 * variables"), so the stream does not change with the JDK's own Gaussian implementation.
 *
 * <p>Not thread-safe: one instance per image.
 */
public final class CorruptionRandom {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
  private static final double[] LOG_FACTORIAL_SMALL = new double[10];

  static {
    double f = 0;
    for (int k = 1; k < LOG_FACTORIAL_SMALL.length; k++) {
      f += Math.log(k);
      LOG_FACTORIAL_SMALL[k] = f;
    }
  }

  private final SplittableRandom random;
  private double spareGaussian;
  private boolean hasSpare;

  private CorruptionRandom(long key) {
    this.random = new SplittableRandom(key);
  }

  /** The stream of image {@code index} under corruption {@code id} at {@code severity}. */
  public static CorruptionRandom forImage(long seed, String corruptionId, int severity, int index) {
    long h = mix(seed + GOLDEN);
    h = mix(h ^ fnv1a(corruptionId));
    h = mix(h ^ (severity * GOLDEN));
    h = mix(h ^ ((long) index * 0xC2B2AE3D27D4EB4FL));
    return new CorruptionRandom(h);
  }

  /** A stream from a plain seed (for tests and one-off use). */
  public static CorruptionRandom ofSeed(long seed) {
    return new CorruptionRandom(mix(seed));
  }

  /** Uniform in [0, 1). */
  public double nextDouble() {
    return random.nextDouble();
  }

  /** Uniform in [lo, hi). */
  public double uniform(double lo, double hi) {
    return lo + (hi - lo) * random.nextDouble();
  }

  /** Uniform integer in [lo, hiExclusive), as numpy's {@code randint(lo, hi)}. */
  public int nextInt(int lo, int hiExclusive) {
    return random.nextInt(lo, hiExclusive);
  }

  /** True with probability {@code p}. */
  public boolean bernoulli(double p) {
    return random.nextDouble() < p;
  }

  /** Standard normal, by Marsaglia's polar method. */
  public double nextGaussian() {
    if (hasSpare) {
      hasSpare = false;
      return spareGaussian;
    }
    double u;
    double v;
    double s;
    do {
      u = 2 * random.nextDouble() - 1;
      v = 2 * random.nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    double factor = Math.sqrt(-2 * Math.log(s) / s);
    spareGaussian = v * factor;
    hasSpare = true;
    return u * factor;
  }

  /** Normal with the given mean and standard deviation. */
  public double nextGaussian(double mean, double stddev) {
    return mean + stddev * nextGaussian();
  }

  /** A Poisson variate with the given mean (0 for a mean of 0 or less). */
  public long nextPoisson(double mean) {
    if (!(mean > 0)) {
      return 0;
    }
    return mean < 10 ? poissonByProduct(mean) : poissonByTransformedRejection(mean);
  }

  /** Knuth: count uniforms until their product drops below exp(-mean). */
  private long poissonByProduct(double mean) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    long k = 0;
    while (product > limit) {
      k++;
      product *= random.nextDouble();
    }
    return k;
  }

  /** Hörmann's PTRS: a transformed-rejection sampler with a squeeze, O(1) expected draws. */
  private long poissonByTransformedRejection(double mean) {
    double logMean = Math.log(mean);
    double b = 0.931 + 2.53 * Math.sqrt(mean);
    double a = -0.059 + 0.02483 * b;
    double inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
    double acceptBound = 0.9277 - 3.6224 / (b - 2);
    while (true) {
      double u = random.nextDouble() - 0.5;
      double v = random.nextDouble();
      double us = 0.5 - Math.abs(u);
      long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= acceptBound) {
        return k;
      }
      if (k < 0 || (us < 0.013 && v > us)) {
        continue;
      }
      double lhs = Math.log(v) + Math.log(inverseAlpha) - Math.log(a / (us * us) + b);
      if (lhs <= -mean + k * logMean - logFactorial(k)) {
        return k;
      }
    }
  }

  /** ln(k!), exact sums below 10 and the Stirling series (error under 1e-10) above. */
  static double logFactorial(long k) {
    if (k < LOG_FACTORIAL_SMALL.length) {
      return LOG_FACTORIAL_SMALL[(int) k];
    }
    double x = k + 1.0;
    double inv = 1 / x;
    double inv2 = inv * inv;
    return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI
        + inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 / 1260));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long fnv1a(String s) {
    long h = 0xCBF29CE484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= 0x100000001B3L;
    }
    return h;
  }
}
