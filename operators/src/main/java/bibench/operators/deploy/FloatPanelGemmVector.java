package bibench.operators.deploy;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link FloatPanelGemm} with a register-blocked 512-bit FMA micro-kernel: per k it loads four
 * 16-float vectors of the panel, broadcasts one element of each of four A rows and does 16 FMAs
 * into a 4 x 64 block of accumulators kept in registers. Edges use 1 x 4, 4 x 1 and 1 x 1 forms.
 * The micro-kernels always accumulate into C; the driver zeroes C first when asked not to.
 */
final class FloatPanelGemmVector implements FloatPanelGemm {
  private static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
  private static final VectorSpecies<Integer> I = IntVector.SPECIES_512;

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
      int col = v * LANES;
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
    int last = src.length - LANES;
    for (int i = 0; i < rowCount; i++) {
      int ch = (row0 + i) / taps;
      int t = (row0 + i) % taps;
      int plane = srcOff + ch * planeStride;
      int shift = plan.shift[t];
      for (int v = 0; v < vecs; v++) {
        int p = base + v * LANES;
        int maskAt = t * pc + p;
        int out = i * PANEL + v * LANES;
        IntVector valid = IntVector.fromArray(I, plan.mask, maskAt);
        if (!plan.shiftMode) {
          FloatVector.fromArray(S, src, plane, plan.index, maskAt)
              .reinterpretAsInts().and(valid).reinterpretAsFloats().intoArray(dst, out);
        } else if (plane + p + shift >= 0 && plane + p + shift <= last) {
          FloatVector.fromArray(S, src, plane + p + shift)
              .reinterpretAsInts().and(valid).reinterpretAsFloats().intoArray(dst, out);
        } else {
          for (int l = 0; l < LANES; l++) {
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
