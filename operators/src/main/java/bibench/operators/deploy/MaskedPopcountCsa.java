package bibench.operators.deploy;

import static jdk.incubator.vector.VectorOperators.AND;
import static jdk.incubator.vector.VectorOperators.BIT_COUNT;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.XOR;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link MaskedPopcount} by the Harley-Seal carry-save count of {@link PopcountGemmCsa}, for CPUs
 * without a vector popcount instruction: each word is {@code (b ^ s) & m}, one AND more than the
 * binary kernel's XOR, then seven carry-save adders fold eight words into bit planes and one
 * {@code BIT_COUNT} counts their carry. One row of A against one vector of columns at a time.
 */
final class MaskedPopcountCsa implements MaskedPopcount {
  private static final VectorSpecies<Integer> S = VectorWidth.INT;
  private static final int L = VectorWidth.LANES;

  @Override
  public void multiply(int[] a, int aOff, int lda, int rows, int[] panel, int panelOff, int kWords, int vecs,
      int[] tile, int tileOff) {
    int cols = vecs * PopcountGemm.LANES;
    for (int j = 0; j < cols; j += L) {
      for (int r = 0; r < rows; r++) {
        column(a, aOff + r * lda, panel, panelOff + j, kWords, tile, tileOff + r * PopcountGemm.PANEL + j);
      }
    }
  }

  /** Counts of one ternary row of A against one vector of columns, over the whole reduction. */
  private static void column(int[] a, int a0, int[] b, int b0, int kWords, int[] t, int t0) {
    IntVector total = IntVector.zero(S);
    IntVector ones = total;
    IntVector twos = total;
    IntVector fours = total;
    int k = 0;
    for (; k + 8 <= kWords; k += 8) {
      int bo = b0 + (k << 6);
      int ak = a0 + 2 * k;
      IntVector x0 = IntVector.fromArray(S, b, bo).lanewise(XOR, a[ak]).lanewise(AND, a[ak + 1]);
      IntVector x1 = IntVector.fromArray(S, b, bo + 64).lanewise(XOR, a[ak + 2]).lanewise(AND, a[ak + 3]);
      IntVector u = ones.lanewise(XOR, x0);
      IntVector twosA = ones.and(x0).or(u.and(x1));
      ones = u.lanewise(XOR, x1);
      IntVector x2 = IntVector.fromArray(S, b, bo + 128).lanewise(XOR, a[ak + 4]).lanewise(AND, a[ak + 5]);
      IntVector x3 = IntVector.fromArray(S, b, bo + 192).lanewise(XOR, a[ak + 6]).lanewise(AND, a[ak + 7]);
      u = ones.lanewise(XOR, x2);
      IntVector twosB = ones.and(x2).or(u.and(x3));
      ones = u.lanewise(XOR, x3);
      u = twos.lanewise(XOR, twosA);
      IntVector foursA = twos.and(twosA).or(u.and(twosB));
      twos = u.lanewise(XOR, twosB);
      IntVector x4 = IntVector.fromArray(S, b, bo + 256).lanewise(XOR, a[ak + 8]).lanewise(AND, a[ak + 9]);
      IntVector x5 = IntVector.fromArray(S, b, bo + 320).lanewise(XOR, a[ak + 10]).lanewise(AND, a[ak + 11]);
      u = ones.lanewise(XOR, x4);
      twosA = ones.and(x4).or(u.and(x5));
      ones = u.lanewise(XOR, x5);
      IntVector x6 = IntVector.fromArray(S, b, bo + 384).lanewise(XOR, a[ak + 12]).lanewise(AND, a[ak + 13]);
      IntVector x7 = IntVector.fromArray(S, b, bo + 448).lanewise(XOR, a[ak + 14]).lanewise(AND, a[ak + 15]);
      u = ones.lanewise(XOR, x6);
      twosB = ones.and(x6).or(u.and(x7));
      ones = u.lanewise(XOR, x7);
      u = twos.lanewise(XOR, twosA);
      IntVector foursB = twos.and(twosA).or(u.and(twosB));
      twos = u.lanewise(XOR, twosB);
      u = fours.lanewise(XOR, foursA);
      IntVector eights = fours.and(foursA).or(u.and(foursB));
      fours = u.lanewise(XOR, foursB);
      total = total.add(eights.lanewise(BIT_COUNT));
    }
    IntVector sum = total.lanewise(LSHL, 3)
        .add(fours.lanewise(BIT_COUNT).lanewise(LSHL, 2))
        .add(twos.lanewise(BIT_COUNT).lanewise(LSHL, 1))
        .add(ones.lanewise(BIT_COUNT));
    for (; k < kWords; k++) {
      sum = sum.add(IntVector.fromArray(S, b, b0 + (k << 6)).lanewise(XOR, a[a0 + 2 * k])
          .lanewise(AND, a[a0 + 2 * k + 1]).lanewise(BIT_COUNT));
    }
    sum.intoArray(t, t0);
  }
}
