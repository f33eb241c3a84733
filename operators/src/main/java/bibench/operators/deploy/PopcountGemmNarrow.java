package bibench.operators.deploy;

import static jdk.incubator.vector.VectorOperators.BIT_COUNT;
import static jdk.incubator.vector.VectorOperators.XOR;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link PopcountGemm} with XOR and {@code BIT_COUNT} per word on vectors narrower than 512 bits
 * (AVX2, NEON): a 4 x 2-vector register block (8 accumulators, which with the operands and
 * C2's popcount temporaries fits 16 registers), 1 x 2, 4 x 1 and 1 x 1 at the edges. The fused
 * calls go through a tile ({@link TiledPopcountGemm}). Without a vector popcount instruction C2
 * expands {@code BIT_COUNT} into a nibble lookup; {@link PopcountGemmCsa} is the alternative there.
 */
final class PopcountGemmNarrow extends TiledPopcountGemm {
  private static final VectorSpecies<Integer> S = VectorWidth.INT;
  private static final int L = VectorWidth.LANES;

  @Override
  public void multiply(
      int[] a,
      int aOff,
      int lda,
      int rows,
      int[] panel,
      int panelOff,
      int kWords,
      int vecs,
      int[] tile,
      int tileOff) {
    int cols = vecs * LANES;
    int j = 0;
    for (; j + 2 * L <= cols; j += 2 * L) {
      int r = 0;
      for (; r + 4 <= rows; r += 4) {
        kernel4x2(a, aOff + r * lda, lda, panel, panelOff + j, kWords, tile, tileOff + r * PANEL + j);
      }
      for (; r < rows; r++) {
        kernel1x2(a, aOff + r * lda, panel, panelOff + j, kWords, tile, tileOff + r * PANEL + j);
      }
    }
    for (; j < cols; j += L) {
      int r = 0;
      for (; r + 4 <= rows; r += 4) {
        kernel4x1(a, aOff + r * lda, lda, panel, panelOff + j, kWords, tile, tileOff + r * PANEL + j);
      }
      for (; r < rows; r++) {
        kernel1x1(a, aOff + r * lda, panel, panelOff + j, kWords, tile, tileOff + r * PANEL + j);
      }
    }
  }

  private static void kernel4x2(
      int[] a, int a0, int lda, int[] b, int b0, int kWords, int[] t, int t0) {
    IntVector c00 = IntVector.zero(S), c01 = c00, c10 = c00, c11 = c00;
    IntVector c20 = c00, c21 = c00, c30 = c00, c31 = c00;
    int a1 = a0 + lda;
    int a2 = a1 + lda;
    int a3 = a2 + lda;
    for (int k = 0; k < kWords; k++) {
      int bo = b0 + (k << 6);
      IntVector v0 = IntVector.fromArray(S, b, bo);
      IntVector v1 = IntVector.fromArray(S, b, bo + L);
      IntVector w = IntVector.broadcast(S, a[a0 + k]);
      c00 = c00.add(v0.lanewise(XOR, w).lanewise(BIT_COUNT));
      c01 = c01.add(v1.lanewise(XOR, w).lanewise(BIT_COUNT));
      w = IntVector.broadcast(S, a[a1 + k]);
      c10 = c10.add(v0.lanewise(XOR, w).lanewise(BIT_COUNT));
      c11 = c11.add(v1.lanewise(XOR, w).lanewise(BIT_COUNT));
      w = IntVector.broadcast(S, a[a2 + k]);
      c20 = c20.add(v0.lanewise(XOR, w).lanewise(BIT_COUNT));
      c21 = c21.add(v1.lanewise(XOR, w).lanewise(BIT_COUNT));
      w = IntVector.broadcast(S, a[a3 + k]);
      c30 = c30.add(v0.lanewise(XOR, w).lanewise(BIT_COUNT));
      c31 = c31.add(v1.lanewise(XOR, w).lanewise(BIT_COUNT));
    }
    c00.intoArray(t, t0);
    c01.intoArray(t, t0 + L);
    c10.intoArray(t, t0 + PANEL);
    c11.intoArray(t, t0 + PANEL + L);
    c20.intoArray(t, t0 + 2 * PANEL);
    c21.intoArray(t, t0 + 2 * PANEL + L);
    c30.intoArray(t, t0 + 3 * PANEL);
    c31.intoArray(t, t0 + 3 * PANEL + L);
  }

  private static void kernel1x2(int[] a, int a0, int[] b, int b0, int kWords, int[] t, int t0) {
    IntVector c00 = IntVector.zero(S), c01 = c00;
    for (int k = 0; k < kWords; k++) {
      int bo = b0 + (k << 6);
      IntVector w = IntVector.broadcast(S, a[a0 + k]);
      c00 = c00.add(IntVector.fromArray(S, b, bo).lanewise(XOR, w).lanewise(BIT_COUNT));
      c01 = c01.add(IntVector.fromArray(S, b, bo + L).lanewise(XOR, w).lanewise(BIT_COUNT));
    }
    c00.intoArray(t, t0);
    c01.intoArray(t, t0 + L);
  }

  private static void kernel4x1(
      int[] a, int a0, int lda, int[] b, int b0, int kWords, int[] t, int t0) {
    IntVector c0 = IntVector.zero(S), c1 = c0, c2 = c0, c3 = c0;
    int a1 = a0 + lda;
    int a2 = a1 + lda;
    int a3 = a2 + lda;
    for (int k = 0; k < kWords; k++) {
      IntVector v = IntVector.fromArray(S, b, b0 + (k << 6));
      c0 = c0.add(v.lanewise(XOR, a[a0 + k]).lanewise(BIT_COUNT));
      c1 = c1.add(v.lanewise(XOR, a[a1 + k]).lanewise(BIT_COUNT));
      c2 = c2.add(v.lanewise(XOR, a[a2 + k]).lanewise(BIT_COUNT));
      c3 = c3.add(v.lanewise(XOR, a[a3 + k]).lanewise(BIT_COUNT));
    }
    c0.intoArray(t, t0);
    c1.intoArray(t, t0 + PANEL);
    c2.intoArray(t, t0 + 2 * PANEL);
    c3.intoArray(t, t0 + 3 * PANEL);
  }

  private static void kernel1x1(int[] a, int a0, int[] b, int b0, int kWords, int[] t, int t0) {
    IntVector c = IntVector.zero(S);
    for (int k = 0; k < kWords; k++) {
      c = c.add(IntVector.fromArray(S, b, b0 + (k << 6)).lanewise(XOR, a[a0 + k])
          .lanewise(BIT_COUNT));
    }
    c.intoArray(t, t0);
  }
}
