package bibench.operators.deploy;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * FP32 FMA micro-kernels two vectors wide, for CPUs with 16 vector registers (AVX2) or narrow
 * vectors: 6 rows (12 accumulators, 2 panel vectors, 1 broadcast: 15 registers), 4 rows and 1
 * row. Panel layout of {@link FloatPanelGemm}: element (k, j) at {@code b0 + k * 64 + j}. Each
 * accumulates into C.
 */
final class FloatKernels6x2 {
  private static final VectorSpecies<Float> S = VectorWidth.FLOAT;
  private static final int L = VectorWidth.LANES;

  private FloatKernels6x2() {}

  static void kernel6x2(
      float[] a, int a0, int lda, float[] b, int b0, int kLen, float[] c, int c0, int ldc) {
    int r1 = c0 + ldc;
    int r2 = r1 + ldc;
    int r3 = r2 + ldc;
    int r4 = r3 + ldc;
    int r5 = r4 + ldc;
    FloatVector c00 = FloatVector.fromArray(S, c, c0);
    FloatVector c01 = FloatVector.fromArray(S, c, c0 + L);
    FloatVector c10 = FloatVector.fromArray(S, c, r1);
    FloatVector c11 = FloatVector.fromArray(S, c, r1 + L);
    FloatVector c20 = FloatVector.fromArray(S, c, r2);
    FloatVector c21 = FloatVector.fromArray(S, c, r2 + L);
    FloatVector c30 = FloatVector.fromArray(S, c, r3);
    FloatVector c31 = FloatVector.fromArray(S, c, r3 + L);
    FloatVector c40 = FloatVector.fromArray(S, c, r4);
    FloatVector c41 = FloatVector.fromArray(S, c, r4 + L);
    FloatVector c50 = FloatVector.fromArray(S, c, r5);
    FloatVector c51 = FloatVector.fromArray(S, c, r5 + L);
    int a1 = a0 + lda;
    int a2 = a1 + lda;
    int a3 = a2 + lda;
    int a4 = a3 + lda;
    int a5 = a4 + lda;
    for (int k = 0; k < kLen; k++) {
      int bo = b0 + (k << 6);
      FloatVector v0 = FloatVector.fromArray(S, b, bo);
      FloatVector v1 = FloatVector.fromArray(S, b, bo + L);
      FloatVector w = FloatVector.broadcast(S, a[a0 + k]);
      c00 = v0.fma(w, c00);
      c01 = v1.fma(w, c01);
      w = FloatVector.broadcast(S, a[a1 + k]);
      c10 = v0.fma(w, c10);
      c11 = v1.fma(w, c11);
      w = FloatVector.broadcast(S, a[a2 + k]);
      c20 = v0.fma(w, c20);
      c21 = v1.fma(w, c21);
      w = FloatVector.broadcast(S, a[a3 + k]);
      c30 = v0.fma(w, c30);
      c31 = v1.fma(w, c31);
      w = FloatVector.broadcast(S, a[a4 + k]);
      c40 = v0.fma(w, c40);
      c41 = v1.fma(w, c41);
      w = FloatVector.broadcast(S, a[a5 + k]);
      c50 = v0.fma(w, c50);
      c51 = v1.fma(w, c51);
    }
    c00.intoArray(c, c0);
    c01.intoArray(c, c0 + L);
    c10.intoArray(c, r1);
    c11.intoArray(c, r1 + L);
    c20.intoArray(c, r2);
    c21.intoArray(c, r2 + L);
    c30.intoArray(c, r3);
    c31.intoArray(c, r3 + L);
    c40.intoArray(c, r4);
    c41.intoArray(c, r4 + L);
    c50.intoArray(c, r5);
    c51.intoArray(c, r5 + L);
  }

  static void kernel4x2(
      float[] a, int a0, int lda, float[] b, int b0, int kLen, float[] c, int c0, int ldc) {
    int r1 = c0 + ldc;
    int r2 = r1 + ldc;
    int r3 = r2 + ldc;
    FloatVector c00 = FloatVector.fromArray(S, c, c0);
    FloatVector c01 = FloatVector.fromArray(S, c, c0 + L);
    FloatVector c10 = FloatVector.fromArray(S, c, r1);
    FloatVector c11 = FloatVector.fromArray(S, c, r1 + L);
    FloatVector c20 = FloatVector.fromArray(S, c, r2);
    FloatVector c21 = FloatVector.fromArray(S, c, r2 + L);
    FloatVector c30 = FloatVector.fromArray(S, c, r3);
    FloatVector c31 = FloatVector.fromArray(S, c, r3 + L);
    int a1 = a0 + lda;
    int a2 = a1 + lda;
    int a3 = a2 + lda;
    for (int k = 0; k < kLen; k++) {
      int bo = b0 + (k << 6);
      FloatVector v0 = FloatVector.fromArray(S, b, bo);
      FloatVector v1 = FloatVector.fromArray(S, b, bo + L);
      FloatVector w = FloatVector.broadcast(S, a[a0 + k]);
      c00 = v0.fma(w, c00);
      c01 = v1.fma(w, c01);
      w = FloatVector.broadcast(S, a[a1 + k]);
      c10 = v0.fma(w, c10);
      c11 = v1.fma(w, c11);
      w = FloatVector.broadcast(S, a[a2 + k]);
      c20 = v0.fma(w, c20);
      c21 = v1.fma(w, c21);
      w = FloatVector.broadcast(S, a[a3 + k]);
      c30 = v0.fma(w, c30);
      c31 = v1.fma(w, c31);
    }
    c00.intoArray(c, c0);
    c01.intoArray(c, c0 + L);
    c10.intoArray(c, r1);
    c11.intoArray(c, r1 + L);
    c20.intoArray(c, r2);
    c21.intoArray(c, r2 + L);
    c30.intoArray(c, r3);
    c31.intoArray(c, r3 + L);
  }

  static void kernel1x2(float[] a, int a0, float[] b, int b0, int kLen, float[] c, int c0) {
    FloatVector c00 = FloatVector.fromArray(S, c, c0);
    FloatVector c01 = FloatVector.fromArray(S, c, c0 + L);
    for (int k = 0; k < kLen; k++) {
      int bo = b0 + (k << 6);
      FloatVector w = FloatVector.broadcast(S, a[a0 + k]);
      c00 = FloatVector.fromArray(S, b, bo).fma(w, c00);
      c01 = FloatVector.fromArray(S, b, bo + L).fma(w, c01);
    }
    c00.intoArray(c, c0);
    c01.intoArray(c, c0 + L);
  }
}
