package bibench.operators.deploy;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link FloatPanelGemm} with register-blocked FMA micro-kernels at the width of {@link
 * VectorWidth}. With 512-bit vectors (32 registers): per k, four 16-float vectors of the panel and
 * one broadcast element of each of four A rows, 16 FMAs into a 4 x 64 block. With 256-bit or
 * narrower vectors (16 registers on AVX2): 6 rows x 2 vectors, 12 accumulators, 2 panel loads and
 * 6 broadcasts per 12 FMAs, the classic AVX2 block that leaves room for the operands without
 * spilling; 4 x 2 and 1 x 2 at the row edge. The micro-kernels always accumulate into C; the
 * driver zeroes C first when asked not to.
 */
final class FloatPanelGemmVector implements FloatPanelGemm {
  private static final VectorSpecies<Float> S = VectorWidth.FLOAT;
  private static final VectorSpecies<Integer> I = VectorWidth.INT;
  private static final int L = VectorWidth.LANES;
  private static final boolean WIDE = L == 16;

  @Override
  public void multiply(
      float[] a,
      int aOff,
      int lda,
      int rows,
      float[] panel,
      int panelOff,
      int kLen,
      int vecs,
      float[] c,
      int cOff,
      int ldc,
      boolean accumulate) {
    if (!accumulate) {
      // Zero first, then always accumulate: choosing load-or-zero per vector would put a vector
      // Phi in the micro-kernel, which C2 boxes once both cases have run.
      for (int r = 0; r < rows; r++) {
        java.util.Arrays.fill(c, cOff + r * ldc, cOff + r * ldc + vecs * LANES, 0f);
      }
    }
    if (WIDE) {
      multiplyWide(a, aOff, lda, rows, panel, panelOff, kLen, vecs, c, cOff, ldc);
      return;
    }
    int cols = vecs * LANES;
    for (int j = 0; j < cols; j += 2 * L) {
      int r = 0;
      for (; r + 6 <= rows; r += 6) {
        FloatKernels6x2.kernel6x2(a, aOff + r * lda, lda, panel, panelOff + j, kLen, c,
            cOff + r * ldc + j, ldc);
      }
      if (r + 4 <= rows) {
        FloatKernels6x2.kernel4x2(a, aOff + r * lda, lda, panel, panelOff + j, kLen, c,
            cOff + r * ldc + j, ldc);
        r += 4;
      }
      for (; r < rows; r++) {
        FloatKernels6x2.kernel1x2(a, aOff + r * lda, panel, panelOff + j, kLen, c,
            cOff + r * ldc + j);
      }
    }
  }

  private static void multiplyWide(float[] a, int aOff, int lda, int rows, float[] panel,
      int panelOff, int kLen, int vecs, float[] c, int cOff, int ldc) {
    if (vecs == 4) {
      int r = 0;
      for (; r + 4 <= rows; r += 4) {
        kernel4x4(a, aOff + r * lda, lda, panel, panelOff, kLen, c, cOff + r * ldc, ldc);
      }
      for (; r < rows; r++) {
        kernel1x4(a, aOff + r * lda, lda, panel, panelOff, kLen, c, cOff + r * ldc, ldc);
      }
      return;
    }
    for (int v = 0; v < vecs; v++) {
      int col = v * L;
      int r = 0;
      for (; r + 4 <= rows; r += 4) {
        kernel4x1(a, aOff + r * lda, lda, panel, panelOff + col, kLen, c, cOff + r * ldc + col, ldc);
      }
      for (; r < rows; r++) {
        kernel1x1(a, aOff + r * lda, lda, panel, panelOff + col, kLen, c, cOff + r * ldc + col, ldc);
      }
    }
  }

  @Override
  public void im2col(
      float[] src,
      int srcOff,
      int planeStride,
      Im2colPlan plan,
      int panel,
      int vecs,
      int row0,
      int rowCount,
      float[] dst) {
    int taps = plan.shift.length;
    int pc = plan.paddedColumns;
    int base = panel * PANEL;
    int last = src.length - L;
    int cols = vecs * LANES;
    for (int i = 0; i < rowCount; i++) {
      int ch = (row0 + i) / taps;
      int t = (row0 + i) % taps;
      int plane = srcOff + ch * planeStride;
      int shift = plan.shift[t];
      for (int v = 0; v < cols; v += L) {
        int p = base + v;
        int maskAt = t * pc + p;
        int out = i * PANEL + v;
        IntVector valid = IntVector.fromArray(I, plan.mask, maskAt);
        if (!plan.shiftMode) {
          FloatVector.fromArray(S, src, plane, plan.index, maskAt)
              .reinterpretAsInts().and(valid).reinterpretAsFloats().intoArray(dst, out);
        } else if (plane + p + shift >= 0 && plane + p + shift <= last) {
          FloatVector.fromArray(S, src, plane + p + shift)
              .reinterpretAsInts().and(valid).reinterpretAsFloats().intoArray(dst, out);
        } else {
          for (int l = 0; l < L; l++) {
            dst[out + l] = plan.mask[maskAt + l] != 0 ? src[plane + p + shift + l] : 0f;
          }
        }
      }
    }
  }

  private static void kernel4x4(
      float[] a, int a0, int lda, float[] b, int b0, int kLen, float[] c, int c0, int ldc) {
    int r1 = c0 + 1 * ldc;
    int r2 = r1 + ldc;
    int r3 = r2 + ldc;
    FloatVector c00 = FloatVector.fromArray(S, c, c0);
    FloatVector c01 = FloatVector.fromArray(S, c, c0 + 16);
    FloatVector c02 = FloatVector.fromArray(S, c, c0 + 32);
    FloatVector c03 = FloatVector.fromArray(S, c, c0 + 48);
    FloatVector c10 = FloatVector.fromArray(S, c, r1);
    FloatVector c11 = FloatVector.fromArray(S, c, r1 + 16);
    FloatVector c12 = FloatVector.fromArray(S, c, r1 + 32);
    FloatVector c13 = FloatVector.fromArray(S, c, r1 + 48);
    FloatVector c20 = FloatVector.fromArray(S, c, r2);
    FloatVector c21 = FloatVector.fromArray(S, c, r2 + 16);
    FloatVector c22 = FloatVector.fromArray(S, c, r2 + 32);
    FloatVector c23 = FloatVector.fromArray(S, c, r2 + 48);
    FloatVector c30 = FloatVector.fromArray(S, c, r3);
    FloatVector c31 = FloatVector.fromArray(S, c, r3 + 16);
    FloatVector c32 = FloatVector.fromArray(S, c, r3 + 32);
    FloatVector c33 = FloatVector.fromArray(S, c, r3 + 48);
    int a1 = a0 + lda;
    int a2 = a1 + lda;
    int a3 = a2 + lda;
    for (int k = 0; k < kLen; k++) {
      int bo = b0 + (k << 6);
      FloatVector v0 = FloatVector.fromArray(S, b, bo);
      FloatVector v1 = FloatVector.fromArray(S, b, bo + 16);
      FloatVector v2 = FloatVector.fromArray(S, b, bo + 32);
      FloatVector v3 = FloatVector.fromArray(S, b, bo + 48);
      FloatVector w0 = FloatVector.broadcast(S, a[a0 + k]);
      c00 = v0.fma(w0, c00);
      c01 = v1.fma(w0, c01);
      c02 = v2.fma(w0, c02);
      c03 = v3.fma(w0, c03);
      FloatVector w1 = FloatVector.broadcast(S, a[a1 + k]);
      c10 = v0.fma(w1, c10);
      c11 = v1.fma(w1, c11);
      c12 = v2.fma(w1, c12);
      c13 = v3.fma(w1, c13);
      FloatVector w2 = FloatVector.broadcast(S, a[a2 + k]);
      c20 = v0.fma(w2, c20);
      c21 = v1.fma(w2, c21);
      c22 = v2.fma(w2, c22);
      c23 = v3.fma(w2, c23);
      FloatVector w3 = FloatVector.broadcast(S, a[a3 + k]);
      c30 = v0.fma(w3, c30);
      c31 = v1.fma(w3, c31);
      c32 = v2.fma(w3, c32);
      c33 = v3.fma(w3, c33);
    }
    c00.intoArray(c, c0);
    c01.intoArray(c, c0 + 16);
    c02.intoArray(c, c0 + 32);
    c03.intoArray(c, c0 + 48);
    c10.intoArray(c, r1);
    c11.intoArray(c, r1 + 16);
    c12.intoArray(c, r1 + 32);
    c13.intoArray(c, r1 + 48);
    c20.intoArray(c, r2);
    c21.intoArray(c, r2 + 16);
    c22.intoArray(c, r2 + 32);
    c23.intoArray(c, r2 + 48);
    c30.intoArray(c, r3);
    c31.intoArray(c, r3 + 16);
    c32.intoArray(c, r3 + 32);
    c33.intoArray(c, r3 + 48);
  }

  private static void kernel1x4(
      float[] a, int a0, int lda, float[] b, int b0, int kLen, float[] c, int c0, int ldc) {
    FloatVector c00 = FloatVector.fromArray(S, c, c0);
    FloatVector c01 = FloatVector.fromArray(S, c, c0 + 16);
    FloatVector c02 = FloatVector.fromArray(S, c, c0 + 32);
    FloatVector c03 = FloatVector.fromArray(S, c, c0 + 48);
    for (int k = 0; k < kLen; k++) {
      int bo = b0 + (k << 6);
      FloatVector v0 = FloatVector.fromArray(S, b, bo);
      FloatVector v1 = FloatVector.fromArray(S, b, bo + 16);
      FloatVector v2 = FloatVector.fromArray(S, b, bo + 32);
      FloatVector v3 = FloatVector.fromArray(S, b, bo + 48);
      FloatVector w0 = FloatVector.broadcast(S, a[a0 + k]);
      c00 = v0.fma(w0, c00);
      c01 = v1.fma(w0, c01);
      c02 = v2.fma(w0, c02);
      c03 = v3.fma(w0, c03);
    }
    c00.intoArray(c, c0);
    c01.intoArray(c, c0 + 16);
    c02.intoArray(c, c0 + 32);
    c03.intoArray(c, c0 + 48);
  }

  private static void kernel4x1(
      float[] a, int a0, int lda, float[] b, int b0, int kLen, float[] c, int c0, int ldc) {
    int r1 = c0 + 1 * ldc;
    int r2 = r1 + ldc;
    int r3 = r2 + ldc;
    FloatVector c00 = FloatVector.fromArray(S, c, c0);
    FloatVector c10 = FloatVector.fromArray(S, c, r1);
    FloatVector c20 = FloatVector.fromArray(S, c, r2);
    FloatVector c30 = FloatVector.fromArray(S, c, r3);
    int a1 = a0 + lda;
    int a2 = a1 + lda;
    int a3 = a2 + lda;
    for (int k = 0; k < kLen; k++) {
      int bo = b0 + (k << 6);
      FloatVector v0 = FloatVector.fromArray(S, b, bo);
      FloatVector w0 = FloatVector.broadcast(S, a[a0 + k]);
      c00 = v0.fma(w0, c00);
      FloatVector w1 = FloatVector.broadcast(S, a[a1 + k]);
      c10 = v0.fma(w1, c10);
      FloatVector w2 = FloatVector.broadcast(S, a[a2 + k]);
      c20 = v0.fma(w2, c20);
      FloatVector w3 = FloatVector.broadcast(S, a[a3 + k]);
      c30 = v0.fma(w3, c30);
    }
    c00.intoArray(c, c0);
    c10.intoArray(c, r1);
    c20.intoArray(c, r2);
    c30.intoArray(c, r3);
  }

  private static void kernel1x1(
      float[] a, int a0, int lda, float[] b, int b0, int kLen, float[] c, int c0, int ldc) {
    FloatVector c00 = FloatVector.fromArray(S, c, c0);
    for (int k = 0; k < kLen; k++) {
      int bo = b0 + (k << 6);
      FloatVector v0 = FloatVector.fromArray(S, b, bo);
      FloatVector w0 = FloatVector.broadcast(S, a[a0 + k]);
      c00 = v0.fma(w0, c00);
    }
    c00.intoArray(c, c0);
  }
}
