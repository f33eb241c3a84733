package bibench.operators.deploy;

import static jdk.incubator.vector.VectorOperators.BIT_COUNT;
import static jdk.incubator.vector.VectorOperators.XOR;

import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link PopcountGemm} with 512-bit Vector API register blocking, for CPUs whose widest vectors are
 * 512 bits (16 lanes, so four vectors cover a 64-column panel); {@link Backend} uses it only there.
 *
 * <p>The main micro-kernel keeps a 4 x 64 block of sums in 16 vector registers: per reduction word
 * it loads four 16-column vectors of B and broadcasts one word of each of four A rows, then does
 * XOR, VPOPCNTD and add 16 times. Vector values never leave a micro-kernel (a call C2 did not inline
 * would box them), and the panel layout gives the loop a constant stride so range checks hoist.
 * Edges use 1 x 4, 4 x 1 and 1 x 1 forms of the same loop.
 */
final class PopcountGemmWide implements PopcountGemm {
  private static final VectorSpecies<Integer> S = IntVector.SPECIES_512;

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
    if (vecs == 4) {
      int r = 0;
      for (; r + 4 <= rows; r += 4) {
        kernel4x4(a, aOff + r * lda, lda, panel, panelOff, kWords, tile, tileOff + r * PANEL);
      }
      for (; r < rows; r++) {
        kernel1x4(a, aOff + r * lda, lda, panel, panelOff, kWords, tile, tileOff + r * PANEL);
      }
      return;
    }
    for (int v = 0; v < vecs; v++) {
      int col = v * LANES;
      int r = 0;
      for (; r + 4 <= rows; r += 4) {
        kernel4x1(
            a, aOff + r * lda, lda, panel, panelOff + col, kWords, tile, tileOff + r * PANEL + col);
      }
      for (; r < rows; r++) {
        kernel1x1(
            a, aOff + r * lda, lda, panel, panelOff + col, kWords, tile, tileOff + r * PANEL + col);
      }
    }
  }

  @Override
  public void multiplyToFloat(
      int[] a,
      int aOff,
      int lda,
      int rows,
      int[] panel,
      int panelOff,
      int kWords,
      int[] kt,
      int kOff,
      int kStride,
      float[] mult,
      float[] bias,
      int row0,
      float[] colScale,
      int colOff,
      float[] out,
      int outOff,
      int outStride,
      int[] work) {
    int r = 0;
    if (colScale == null) {
      for (; r + 4 <= rows; r += 4) {
        PopcountFusedKernels.plain4x4(a, aOff + r * lda, lda, panel, panelOff, kWords, kt,
            kOff + r * kStride, kStride, mult, bias, row0 + r, out, outOff + r * outStride,
            outStride);
      }
      for (; r < rows; r++) {
        PopcountFusedKernels.plain1x4(a, aOff + r * lda, lda, panel, panelOff, kWords, kt,
            kOff + r * kStride, kStride, mult, bias, row0 + r, out, outOff + r * outStride,
            outStride);
      }
    } else {
      for (; r + 4 <= rows; r += 4) {
        PopcountFusedKernels.scaled4x4(a, aOff + r * lda, lda, panel, panelOff, kWords, kt,
            kOff + r * kStride, kStride, mult, bias, row0 + r, colScale, colOff, out,
            outOff + r * outStride, outStride);
      }
      for (; r < rows; r++) {
        PopcountFusedKernels.scaled1x4(a, aOff + r * lda, lda, panel, panelOff, kWords, kt,
            kOff + r * kStride, kStride, mult, bias, row0 + r, colScale, colOff, out,
            outOff + r * outStride, outStride);
      }
    }
  }

  @Override
  public void multiplyToFloatBorder(
      int[] a,
      int aOff,
      int lda,
      int rows,
      int[] panel,
      int panelOff,
      int kWords,
      int[] kCol,
      int kOff,
      int[] cls,
      int[] table,
      float[] mult,
      float[] bias,
      int row0,
      float[] colScale,
      int colOff,
      float[] out,
      int outOff,
      int outStride,
      int[] work) {
    int r = 0;
    if (colScale == null) {
      for (; r + 4 <= rows; r += 4) {
        PopcountBorderKernels.plain4x4(a, aOff + r * lda, lda, panel, panelOff, kWords, kCol, kOff,
            cls, table, mult, bias, row0 + r, out, outOff + r * outStride, outStride);
      }
      for (; r < rows; r++) {
        PopcountBorderKernels.plain1x4(a, aOff + r * lda, lda, panel, panelOff, kWords, kCol, kOff,
            cls, table, mult, bias, row0 + r, out, outOff + r * outStride, outStride);
      }
    } else {
      for (; r + 4 <= rows; r += 4) {
        PopcountBorderKernels.scaled4x4(a, aOff + r * lda, lda, panel, panelOff, kWords, kCol,
            kOff, cls, table, mult, bias, row0 + r, colScale, colOff, out,
            outOff + r * outStride, outStride);
      }
      for (; r < rows; r++) {
        PopcountBorderKernels.scaled1x4(a, aOff + r * lda, lda, panel, panelOff, kWords, kCol,
            kOff, cls, table, mult, bias, row0 + r, colScale, colOff, out,
            outOff + r * outStride, outStride);
      }
    }
  }

  @Override
  public void multiplyToFloatColumns(
      int[] a,
      int aOff,
      int lda,
      int rows,
      int[] panel,
      int panelOff,
      int kWords,
      int kConst,
      float[] mult,
      float[] bias,
      int col0,
      float[] rowScale,
      int row0,
      float[] out,
      int outOff,
      int outStride,
      int[] work) {
    int r = 0;
    for (; r + 4 <= rows; r += 4) {
      PopcountColumnKernels.kernel4x4(a, aOff + r * lda, lda, panel, panelOff, kWords, kConst,
          mult, bias, col0, rowScale, row0 + r, out, outOff + r * outStride, outStride);
    }
    for (; r < rows; r++) {
      PopcountColumnKernels.kernel1x4(a, aOff + r * lda, lda, panel, panelOff, kWords, kConst,
          mult, bias, col0, rowScale, row0 + r, out, outOff + r * outStride, outStride);
    }
  }

  private static void kernel4x4(
      int[] a, int a0, int lda, int[] b, int b0, int kWords, int[] t, int t0) {
    IntVector c00 = IntVector.zero(S), c01 = c00, c02 = c00, c03 = c00;
    IntVector c10 = c00, c11 = c00, c12 = c00, c13 = c00;
    IntVector c20 = c00, c21 = c00, c22 = c00, c23 = c00;
    IntVector c30 = c00, c31 = c00, c32 = c00, c33 = c00;
    int a1 = a0 + lda;
    int a2 = a1 + lda;
    int a3 = a2 + lda;
    for (int k = 0; k < kWords; k++) {
      int bo = b0 + (k << 6);
      IntVector v0 = IntVector.fromArray(S, b, bo);
      IntVector v1 = IntVector.fromArray(S, b, bo + 16);
      IntVector v2 = IntVector.fromArray(S, b, bo + 32);
      IntVector v3 = IntVector.fromArray(S, b, bo + 48);
      IntVector w0 = IntVector.broadcast(S, a[a0 + k]);
      c00 = c00.add(v0.lanewise(XOR, w0).lanewise(BIT_COUNT));
      c01 = c01.add(v1.lanewise(XOR, w0).lanewise(BIT_COUNT));
      c02 = c02.add(v2.lanewise(XOR, w0).lanewise(BIT_COUNT));
      c03 = c03.add(v3.lanewise(XOR, w0).lanewise(BIT_COUNT));
      IntVector w1 = IntVector.broadcast(S, a[a1 + k]);
      c10 = c10.add(v0.lanewise(XOR, w1).lanewise(BIT_COUNT));
      c11 = c11.add(v1.lanewise(XOR, w1).lanewise(BIT_COUNT));
      c12 = c12.add(v2.lanewise(XOR, w1).lanewise(BIT_COUNT));
      c13 = c13.add(v3.lanewise(XOR, w1).lanewise(BIT_COUNT));
      IntVector w2 = IntVector.broadcast(S, a[a2 + k]);
      c20 = c20.add(v0.lanewise(XOR, w2).lanewise(BIT_COUNT));
      c21 = c21.add(v1.lanewise(XOR, w2).lanewise(BIT_COUNT));
      c22 = c22.add(v2.lanewise(XOR, w2).lanewise(BIT_COUNT));
      c23 = c23.add(v3.lanewise(XOR, w2).lanewise(BIT_COUNT));
      IntVector w3 = IntVector.broadcast(S, a[a3 + k]);
      c30 = c30.add(v0.lanewise(XOR, w3).lanewise(BIT_COUNT));
      c31 = c31.add(v1.lanewise(XOR, w3).lanewise(BIT_COUNT));
      c32 = c32.add(v2.lanewise(XOR, w3).lanewise(BIT_COUNT));
      c33 = c33.add(v3.lanewise(XOR, w3).lanewise(BIT_COUNT));
    }
    c00.intoArray(t, t0);
    c01.intoArray(t, t0 + 16);
    c02.intoArray(t, t0 + 32);
    c03.intoArray(t, t0 + 48);
    c10.intoArray(t, t0 + 64);
    c11.intoArray(t, t0 + 80);
    c12.intoArray(t, t0 + 96);
    c13.intoArray(t, t0 + 112);
    c20.intoArray(t, t0 + 128);
    c21.intoArray(t, t0 + 144);
    c22.intoArray(t, t0 + 160);
    c23.intoArray(t, t0 + 176);
    c30.intoArray(t, t0 + 192);
    c31.intoArray(t, t0 + 208);
    c32.intoArray(t, t0 + 224);
    c33.intoArray(t, t0 + 240);
  }

  private static void kernel1x4(
      int[] a, int a0, int lda, int[] b, int b0, int kWords, int[] t, int t0) {
    IntVector c00 = IntVector.zero(S), c01 = c00, c02 = c00, c03 = c00;
    for (int k = 0; k < kWords; k++) {
      int bo = b0 + (k << 6);
      IntVector v0 = IntVector.fromArray(S, b, bo);
      IntVector v1 = IntVector.fromArray(S, b, bo + 16);
      IntVector v2 = IntVector.fromArray(S, b, bo + 32);
      IntVector v3 = IntVector.fromArray(S, b, bo + 48);
      IntVector w0 = IntVector.broadcast(S, a[a0 + k]);
      c00 = c00.add(v0.lanewise(XOR, w0).lanewise(BIT_COUNT));
      c01 = c01.add(v1.lanewise(XOR, w0).lanewise(BIT_COUNT));
      c02 = c02.add(v2.lanewise(XOR, w0).lanewise(BIT_COUNT));
      c03 = c03.add(v3.lanewise(XOR, w0).lanewise(BIT_COUNT));
    }
    c00.intoArray(t, t0);
    c01.intoArray(t, t0 + 16);
    c02.intoArray(t, t0 + 32);
    c03.intoArray(t, t0 + 48);
  }

  private static void kernel4x1(
      int[] a, int a0, int lda, int[] b, int b0, int kWords, int[] t, int t0) {
    IntVector c00 = IntVector.zero(S);
    IntVector c10 = c00;
    IntVector c20 = c00;
    IntVector c30 = c00;
    int a1 = a0 + lda;
    int a2 = a1 + lda;
    int a3 = a2 + lda;
    for (int k = 0; k < kWords; k++) {
      int bo = b0 + (k << 6);
      IntVector v0 = IntVector.fromArray(S, b, bo);
      IntVector w0 = IntVector.broadcast(S, a[a0 + k]);
      c00 = c00.add(v0.lanewise(XOR, w0).lanewise(BIT_COUNT));
      IntVector w1 = IntVector.broadcast(S, a[a1 + k]);
      c10 = c10.add(v0.lanewise(XOR, w1).lanewise(BIT_COUNT));
      IntVector w2 = IntVector.broadcast(S, a[a2 + k]);
      c20 = c20.add(v0.lanewise(XOR, w2).lanewise(BIT_COUNT));
      IntVector w3 = IntVector.broadcast(S, a[a3 + k]);
      c30 = c30.add(v0.lanewise(XOR, w3).lanewise(BIT_COUNT));
    }
    c00.intoArray(t, t0);
    c10.intoArray(t, t0 + 64);
    c20.intoArray(t, t0 + 128);
    c30.intoArray(t, t0 + 192);
  }

  private static void kernel1x1(
      int[] a, int a0, int lda, int[] b, int b0, int kWords, int[] t, int t0) {
    IntVector c00 = IntVector.zero(S);
    for (int k = 0; k < kWords; k++) {
      int bo = b0 + (k << 6);
      IntVector v0 = IntVector.fromArray(S, b, bo);
      IntVector w0 = IntVector.broadcast(S, a[a0 + k]);
      c00 = c00.add(v0.lanewise(XOR, w0).lanewise(BIT_COUNT));
    }
    c00.intoArray(t, t0);
  }
}
