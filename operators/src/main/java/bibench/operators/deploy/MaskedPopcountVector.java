package bibench.operators.deploy;

import static jdk.incubator.vector.VectorOperators.AND;
import static jdk.incubator.vector.VectorOperators.BIT_COUNT;
import static jdk.incubator.vector.VectorOperators.XOR;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link MaskedPopcount} with XOR, AND and a lane-wise {@code BIT_COUNT} per word (one VPOPCNTD
 * with AVX-512 VPOPCNTDQ): a 4 x 2-vector register block of accumulators, one vector per row at
 * the edges. Two broadcasts per row and word (sign and mask) against the binary kernel's one.
 */
final class MaskedPopcountVector implements MaskedPopcount {
  private static final VectorSpecies<Integer> S = VectorWidth.INT;
  private static final int L = VectorWidth.LANES;
  private static final int P = PopcountGemm.PANEL;

  @Override
  public void multiply(int[] a, int aOff, int lda, int rows, int[] panel, int panelOff, int kWords, int vecs,
      int[] tile, int tileOff) {
    int cols = vecs * PopcountGemm.LANES;
    int j = 0;
    for (; j + 2 * L <= cols; j += 2 * L) {
      int r = 0;
      for (; r + 4 <= rows; r += 4) {
        kernel4x2(a, aOff + r * lda, lda, panel, panelOff + j, kWords, tile, tileOff + r * P + j);
      }
      for (; r < rows; r++) {
        kernel1x1(a, aOff + r * lda, panel, panelOff + j, kWords, tile, tileOff + r * P + j);
        kernel1x1(a, aOff + r * lda, panel, panelOff + j + L, kWords, tile, tileOff + r * P + j + L);
      }
    }
    for (; j < cols; j += L) {
      for (int r = 0; r < rows; r++) {
        kernel1x1(a, aOff + r * lda, panel, panelOff + j, kWords, tile, tileOff + r * P + j);
      }
    }
  }

  private static void kernel4x2(int[] a, int a0, int lda, int[] b, int b0, int kWords, int[] t, int t0) {
    IntVector c00 = IntVector.zero(S), c01 = c00, c10 = c00, c11 = c00;
    IntVector c20 = c00, c21 = c00, c30 = c00, c31 = c00;
    int a1 = a0 + lda;
    int a2 = a1 + lda;
    int a3 = a2 + lda;
    for (int k = 0; k < kWords; k++) {
      int bo = b0 + (k << 6);
      int k2 = 2 * k;
      IntVector v0 = IntVector.fromArray(S, b, bo);
      IntVector v1 = IntVector.fromArray(S, b, bo + L);
      int s = a[a0 + k2];
      int m = a[a0 + k2 + 1];
      c00 = c00.add(v0.lanewise(XOR, s).lanewise(AND, m).lanewise(BIT_COUNT));
      c01 = c01.add(v1.lanewise(XOR, s).lanewise(AND, m).lanewise(BIT_COUNT));
      s = a[a1 + k2];
      m = a[a1 + k2 + 1];
      c10 = c10.add(v0.lanewise(XOR, s).lanewise(AND, m).lanewise(BIT_COUNT));
      c11 = c11.add(v1.lanewise(XOR, s).lanewise(AND, m).lanewise(BIT_COUNT));
      s = a[a2 + k2];
      m = a[a2 + k2 + 1];
      c20 = c20.add(v0.lanewise(XOR, s).lanewise(AND, m).lanewise(BIT_COUNT));
      c21 = c21.add(v1.lanewise(XOR, s).lanewise(AND, m).lanewise(BIT_COUNT));
      s = a[a3 + k2];
      m = a[a3 + k2 + 1];
      c30 = c30.add(v0.lanewise(XOR, s).lanewise(AND, m).lanewise(BIT_COUNT));
      c31 = c31.add(v1.lanewise(XOR, s).lanewise(AND, m).lanewise(BIT_COUNT));
    }
    c00.intoArray(t, t0);
    c01.intoArray(t, t0 + L);
    c10.intoArray(t, t0 + P);
    c11.intoArray(t, t0 + P + L);
    c20.intoArray(t, t0 + 2 * P);
    c21.intoArray(t, t0 + 2 * P + L);
    c30.intoArray(t, t0 + 3 * P);
    c31.intoArray(t, t0 + 3 * P + L);
  }

  private static void kernel1x1(int[] a, int a0, int[] b, int b0, int kWords, int[] t, int t0) {
    IntVector c = IntVector.zero(S);
    for (int k = 0; k < kWords; k++) {
      c = c.add(IntVector.fromArray(S, b, b0 + (k << 6)).lanewise(XOR, a[a0 + 2 * k]).lanewise(AND, a[a0 + 2 * k + 1])
          .lanewise(BIT_COUNT));
    }
    c.intoArray(t, t0);
  }
}
