package bibench.operators.deploy;

import static jdk.incubator.vector.VectorOperators.BIT_COUNT;
import static jdk.incubator.vector.VectorOperators.XOR;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The register-only loops of {@link Roofline}. Each keeps independent dependency chains (more than
 * latency times issue width) so that throughput, not latency, bounds it; one operand is loaded
 * from a small L1-resident array each iteration only so that C2 cannot hoist the work out of the
 * loop. Results are folded into a scalar so nothing is dead.
 */
final class RooflineLoops {
  static final int FMA_CHAINS = 12;
  static final int POPCOUNT_CHAINS = 8;
  static final int CSA_WORDS = 8;
  static final int SCALAR_CHAINS = 8;
  private static final VectorSpecies<Float> F = VectorWidth.FLOAT;
  private static final VectorSpecies<Integer> I = VectorWidth.INT;
  private static final int L = VectorWidth.LANES;

  private RooflineLoops() {}

  /** 12 chains of {@code c = fma(x, y, c)}: {@code iterations * 12} vector FMAs. */
  static float fma(float[] data, int iterations) {
    FloatVector x = FloatVector.fromArray(F, data, 0);
    FloatVector c0 = FloatVector.zero(F), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0;
    FloatVector c6 = c0, c7 = c0, c8 = c0, c9 = c0, c10 = c0, c11 = c0;
    for (int i = 0; i < iterations; i++) {
      FloatVector y = FloatVector.fromArray(F, data, (i & 63) * 16);
      c0 = x.fma(y, c0);
      c1 = x.fma(y, c1);
      c2 = x.fma(y, c2);
      c3 = x.fma(y, c3);
      c4 = x.fma(y, c4);
      c5 = x.fma(y, c5);
      c6 = x.fma(y, c6);
      c7 = x.fma(y, c7);
      c8 = x.fma(y, c8);
      c9 = x.fma(y, c9);
      c10 = x.fma(y, c10);
      c11 = x.fma(y, c11);
    }
    return c0.add(c1).add(c2).add(c3).add(c4).add(c5).add(c6).add(c7).add(c8).add(c9).add(c10)
        .add(c11).lane(0);
  }

  /** 8 chains of {@code c += bitCount(x_i ^ y)}: {@code iterations * 8} vectors of bits. */
  static long xorBitCount(int[] data, int iterations) {
    IntVector x0 = IntVector.fromArray(I, data, 0);
    IntVector x1 = x0.lanewise(XOR, 0x13579bdf);
    IntVector x2 = x0.lanewise(XOR, 0x2468ace0);
    IntVector x3 = x0.lanewise(XOR, 0x0f0f0f0f);
    IntVector c0 = IntVector.zero(I), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0;
    IntVector c7 = c0;
    for (int i = 0; i < iterations; i++) {
      IntVector y = IntVector.fromArray(I, data, (i & 63) * 16);
      IntVector z = y.lanewise(XOR, 0x55555555);
      c0 = c0.add(x0.lanewise(XOR, y).lanewise(BIT_COUNT));
      c1 = c1.add(x1.lanewise(XOR, y).lanewise(BIT_COUNT));
      c2 = c2.add(x2.lanewise(XOR, y).lanewise(BIT_COUNT));
      c3 = c3.add(x3.lanewise(XOR, y).lanewise(BIT_COUNT));
      c4 = c4.add(x0.lanewise(XOR, z).lanewise(BIT_COUNT));
      c5 = c5.add(x1.lanewise(XOR, z).lanewise(BIT_COUNT));
      c6 = c6.add(x2.lanewise(XOR, z).lanewise(BIT_COUNT));
      c7 = c7.add(x3.lanewise(XOR, z).lanewise(BIT_COUNT));
    }
    return c0.add(c1).add(c2).add(c3).add(c4).add(c5).add(c6).add(c7).reduceLanesToLong(
        jdk.incubator.vector.VectorOperators.ADD);
  }

  /**
   * One Harley-Seal chain as {@link PopcountGemmCsa} runs it: eight words per iteration ({@code x_k
   * ^ y}), folded into planes of weight 1, 2 and 4 by seven carry-save adders, one {@code
   * BIT_COUNT} of the weight-8 carry: {@code iterations * 8} vectors of bits. (Two chains in one
   * loop exceed what C2 inlines, and the vectors would be boxed.)
   */
  static long xorCarrySave(int[] data, int iterations) {
    IntVector x0 = IntVector.fromArray(I, data, 0);
    IntVector x1 = IntVector.fromArray(I, data, 16);
    IntVector x2 = IntVector.fromArray(I, data, 32);
    IntVector x3 = IntVector.fromArray(I, data, 48);
    IntVector total = IntVector.zero(I), ones = total, twos = total, fours = total;
    for (int i = 0; i < iterations; i++) {
      IntVector y = IntVector.fromArray(I, data, (i & 63) * 16);
      IntVector z = y.lanewise(XOR, 0x55555555);
      IntVector p0 = x0.lanewise(XOR, y);
      IntVector p1 = x1.lanewise(XOR, y);
      IntVector u = ones.lanewise(XOR, p0);
      IntVector twosA = ones.and(p0).or(u.and(p1));
      ones = u.lanewise(XOR, p1);
      p0 = x2.lanewise(XOR, y);
      p1 = x3.lanewise(XOR, y);
      u = ones.lanewise(XOR, p0);
      IntVector twosB = ones.and(p0).or(u.and(p1));
      ones = u.lanewise(XOR, p1);
      u = twos.lanewise(XOR, twosA);
      IntVector foursA = twos.and(twosA).or(u.and(twosB));
      twos = u.lanewise(XOR, twosB);
      p0 = x0.lanewise(XOR, z);
      p1 = x1.lanewise(XOR, z);
      u = ones.lanewise(XOR, p0);
      twosA = ones.and(p0).or(u.and(p1));
      ones = u.lanewise(XOR, p1);
      p0 = x2.lanewise(XOR, z);
      p1 = x3.lanewise(XOR, z);
      u = ones.lanewise(XOR, p0);
      twosB = ones.and(p0).or(u.and(p1));
      ones = u.lanewise(XOR, p1);
      u = twos.lanewise(XOR, twosA);
      IntVector foursB = twos.and(twosA).or(u.and(twosB));
      twos = u.lanewise(XOR, twosB);
      u = fours.lanewise(XOR, foursA);
      IntVector eights = fours.and(foursA).or(u.and(foursB));
      fours = u.lanewise(XOR, foursB);
      total = total.add(eights.lanewise(BIT_COUNT));
    }
    return total.add(ones).add(twos).add(fours)
        .reduceLanesToLong(jdk.incubator.vector.VectorOperators.ADD);
  }

  /** 8 chains of {@code c += Long.bitCount(x_i ^ y)}: {@code iterations * 8} 64-bit words. */
  static long scalarPopcount(long[] data, int iterations) {
    long x0 = data[0], x1 = data[1], x2 = data[2], x3 = data[3];
    long x4 = data[4], x5 = data[5], x6 = data[6], x7 = data[7];
    long c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0, c7 = 0;
    for (int i = 0; i < iterations; i++) {
      long y = data[i & 63];
      c0 += Long.bitCount(x0 ^ y);
      c1 += Long.bitCount(x1 ^ y);
      c2 += Long.bitCount(x2 ^ y);
      c3 += Long.bitCount(x3 ^ y);
      c4 += Long.bitCount(x4 ^ y);
      c5 += Long.bitCount(x5 ^ y);
      c6 += Long.bitCount(x6 ^ y);
      c7 += Long.bitCount(x7 ^ y);
    }
    return c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7;
  }
}
