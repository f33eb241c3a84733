package bibench.operators.deploy;

import static jdk.incubator.vector.VectorOperators.BIT_COUNT;
import static jdk.incubator.vector.VectorOperators.I2F;
import static jdk.incubator.vector.VectorOperators.XOR;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The popcount micro-kernels with the epilogue fused in: after the reduction loop the 4 x 64 block
 * of sums goes straight from registers to floats, {@code fma(K - 2 * popcount, mult * s, bias)},
 * without the round trip through a tile. Only full 64-column panels come here; edges take the
 * tile path. Separate plain and scaled kernels keep every vector value branch-free.
 */
final class PopcountFusedKernels {
  private static final VectorSpecies<Integer> S = IntVector.SPECIES_512;
  private static final VectorSpecies<Float> F = FloatVector.SPECIES_512;

  private PopcountFusedKernels() {}

  static void plain4x4(int[] a, int a0, int lda, int[] b, int b0, int kWords, int[] kt,
      int k0, int ks, float[] mult, float[] bias, int row, float[] out,
      int o0, int ldo) {
    IntVector c00 = IntVector.zero(S), c01 = c00, c02 = c00, c03 = c00, c10 = c00, c11 = c00, c12 = c00, c13 = c00, c20 = c00, c21 = c00, c22 = c00, c23 = c00, c30 = c00, c31 = c00, c32 = c00, c33 = c00;
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
    FloatVector m0 = FloatVector.broadcast(F, mult[row]);
    FloatVector d0 = FloatVector.broadcast(F, bias[row]);
    int kr0 = k0;
    int o0r = o0;
    ((FloatVector) IntVector.fromArray(S, kt, kr0).sub(c00.add(c00)).convert(I2F, 0))
        .fma(m0, d0).intoArray(out, o0r);
    ((FloatVector) IntVector.fromArray(S, kt, kr0 + 16).sub(c01.add(c01)).convert(I2F, 0))
        .fma(m0, d0).intoArray(out, o0r + 16);
    ((FloatVector) IntVector.fromArray(S, kt, kr0 + 32).sub(c02.add(c02)).convert(I2F, 0))
        .fma(m0, d0).intoArray(out, o0r + 32);
    ((FloatVector) IntVector.fromArray(S, kt, kr0 + 48).sub(c03.add(c03)).convert(I2F, 0))
        .fma(m0, d0).intoArray(out, o0r + 48);
    FloatVector m1 = FloatVector.broadcast(F, mult[row + 1]);
    FloatVector d1 = FloatVector.broadcast(F, bias[row + 1]);
    int kr1 = k0 + 1 * ks;
    int o1 = o0 + 1 * ldo;
    ((FloatVector) IntVector.fromArray(S, kt, kr1).sub(c10.add(c10)).convert(I2F, 0))
        .fma(m1, d1).intoArray(out, o1);
    ((FloatVector) IntVector.fromArray(S, kt, kr1 + 16).sub(c11.add(c11)).convert(I2F, 0))
        .fma(m1, d1).intoArray(out, o1 + 16);
    ((FloatVector) IntVector.fromArray(S, kt, kr1 + 32).sub(c12.add(c12)).convert(I2F, 0))
        .fma(m1, d1).intoArray(out, o1 + 32);
    ((FloatVector) IntVector.fromArray(S, kt, kr1 + 48).sub(c13.add(c13)).convert(I2F, 0))
        .fma(m1, d1).intoArray(out, o1 + 48);
    FloatVector m2 = FloatVector.broadcast(F, mult[row + 2]);
    FloatVector d2 = FloatVector.broadcast(F, bias[row + 2]);
    int kr2 = k0 + 2 * ks;
    int o2 = o0 + 2 * ldo;
    ((FloatVector) IntVector.fromArray(S, kt, kr2).sub(c20.add(c20)).convert(I2F, 0))
        .fma(m2, d2).intoArray(out, o2);
    ((FloatVector) IntVector.fromArray(S, kt, kr2 + 16).sub(c21.add(c21)).convert(I2F, 0))
        .fma(m2, d2).intoArray(out, o2 + 16);
    ((FloatVector) IntVector.fromArray(S, kt, kr2 + 32).sub(c22.add(c22)).convert(I2F, 0))
        .fma(m2, d2).intoArray(out, o2 + 32);
    ((FloatVector) IntVector.fromArray(S, kt, kr2 + 48).sub(c23.add(c23)).convert(I2F, 0))
        .fma(m2, d2).intoArray(out, o2 + 48);
    FloatVector m3 = FloatVector.broadcast(F, mult[row + 3]);
    FloatVector d3 = FloatVector.broadcast(F, bias[row + 3]);
    int kr3 = k0 + 3 * ks;
    int o3 = o0 + 3 * ldo;
    ((FloatVector) IntVector.fromArray(S, kt, kr3).sub(c30.add(c30)).convert(I2F, 0))
        .fma(m3, d3).intoArray(out, o3);
    ((FloatVector) IntVector.fromArray(S, kt, kr3 + 16).sub(c31.add(c31)).convert(I2F, 0))
        .fma(m3, d3).intoArray(out, o3 + 16);
    ((FloatVector) IntVector.fromArray(S, kt, kr3 + 32).sub(c32.add(c32)).convert(I2F, 0))
        .fma(m3, d3).intoArray(out, o3 + 32);
    ((FloatVector) IntVector.fromArray(S, kt, kr3 + 48).sub(c33.add(c33)).convert(I2F, 0))
        .fma(m3, d3).intoArray(out, o3 + 48);
  }

  static void scaled4x4(int[] a, int a0, int lda, int[] b, int b0, int kWords, int[] kt,
      int k0, int ks, float[] mult, float[] bias, int row, float[] cs, int cOff, float[] out,
      int o0, int ldo) {
    IntVector c00 = IntVector.zero(S), c01 = c00, c02 = c00, c03 = c00, c10 = c00, c11 = c00, c12 = c00, c13 = c00, c20 = c00, c21 = c00, c22 = c00, c23 = c00, c30 = c00, c31 = c00, c32 = c00, c33 = c00;
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
    FloatVector s0 = FloatVector.fromArray(F, cs, cOff);
    FloatVector s1 = FloatVector.fromArray(F, cs, cOff + 16);
    FloatVector s2 = FloatVector.fromArray(F, cs, cOff + 32);
    FloatVector s3 = FloatVector.fromArray(F, cs, cOff + 48);
    FloatVector m0 = FloatVector.broadcast(F, mult[row]);
    FloatVector d0 = FloatVector.broadcast(F, bias[row]);
    int kr0 = k0;
    int o0r = o0;
    ((FloatVector) IntVector.fromArray(S, kt, kr0).sub(c00.add(c00)).convert(I2F, 0))
        .fma(m0.mul(s0), d0).intoArray(out, o0r);
    ((FloatVector) IntVector.fromArray(S, kt, kr0 + 16).sub(c01.add(c01)).convert(I2F, 0))
        .fma(m0.mul(s1), d0).intoArray(out, o0r + 16);
    ((FloatVector) IntVector.fromArray(S, kt, kr0 + 32).sub(c02.add(c02)).convert(I2F, 0))
        .fma(m0.mul(s2), d0).intoArray(out, o0r + 32);
    ((FloatVector) IntVector.fromArray(S, kt, kr0 + 48).sub(c03.add(c03)).convert(I2F, 0))
        .fma(m0.mul(s3), d0).intoArray(out, o0r + 48);
    FloatVector m1 = FloatVector.broadcast(F, mult[row + 1]);
    FloatVector d1 = FloatVector.broadcast(F, bias[row + 1]);
    int kr1 = k0 + 1 * ks;
    int o1 = o0 + 1 * ldo;
    ((FloatVector) IntVector.fromArray(S, kt, kr1).sub(c10.add(c10)).convert(I2F, 0))
        .fma(m1.mul(s0), d1).intoArray(out, o1);
    ((FloatVector) IntVector.fromArray(S, kt, kr1 + 16).sub(c11.add(c11)).convert(I2F, 0))
        .fma(m1.mul(s1), d1).intoArray(out, o1 + 16);
    ((FloatVector) IntVector.fromArray(S, kt, kr1 + 32).sub(c12.add(c12)).convert(I2F, 0))
        .fma(m1.mul(s2), d1).intoArray(out, o1 + 32);
    ((FloatVector) IntVector.fromArray(S, kt, kr1 + 48).sub(c13.add(c13)).convert(I2F, 0))
        .fma(m1.mul(s3), d1).intoArray(out, o1 + 48);
    FloatVector m2 = FloatVector.broadcast(F, mult[row + 2]);
    FloatVector d2 = FloatVector.broadcast(F, bias[row + 2]);
    int kr2 = k0 + 2 * ks;
    int o2 = o0 + 2 * ldo;
    ((FloatVector) IntVector.fromArray(S, kt, kr2).sub(c20.add(c20)).convert(I2F, 0))
        .fma(m2.mul(s0), d2).intoArray(out, o2);
    ((FloatVector) IntVector.fromArray(S, kt, kr2 + 16).sub(c21.add(c21)).convert(I2F, 0))
        .fma(m2.mul(s1), d2).intoArray(out, o2 + 16);
    ((FloatVector) IntVector.fromArray(S, kt, kr2 + 32).sub(c22.add(c22)).convert(I2F, 0))
        .fma(m2.mul(s2), d2).intoArray(out, o2 + 32);
    ((FloatVector) IntVector.fromArray(S, kt, kr2 + 48).sub(c23.add(c23)).convert(I2F, 0))
        .fma(m2.mul(s3), d2).intoArray(out, o2 + 48);
    FloatVector m3 = FloatVector.broadcast(F, mult[row + 3]);
    FloatVector d3 = FloatVector.broadcast(F, bias[row + 3]);
    int kr3 = k0 + 3 * ks;
    int o3 = o0 + 3 * ldo;
    ((FloatVector) IntVector.fromArray(S, kt, kr3).sub(c30.add(c30)).convert(I2F, 0))
        .fma(m3.mul(s0), d3).intoArray(out, o3);
    ((FloatVector) IntVector.fromArray(S, kt, kr3 + 16).sub(c31.add(c31)).convert(I2F, 0))
        .fma(m3.mul(s1), d3).intoArray(out, o3 + 16);
    ((FloatVector) IntVector.fromArray(S, kt, kr3 + 32).sub(c32.add(c32)).convert(I2F, 0))
        .fma(m3.mul(s2), d3).intoArray(out, o3 + 32);
    ((FloatVector) IntVector.fromArray(S, kt, kr3 + 48).sub(c33.add(c33)).convert(I2F, 0))
        .fma(m3.mul(s3), d3).intoArray(out, o3 + 48);
  }

  static void plain1x4(int[] a, int a0, int lda, int[] b, int b0, int kWords, int[] kt,
      int k0, int ks, float[] mult, float[] bias, int row, float[] out,
      int o0, int ldo) {
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
    FloatVector m0 = FloatVector.broadcast(F, mult[row]);
    FloatVector d0 = FloatVector.broadcast(F, bias[row]);
    int kr0 = k0;
    int o0r = o0;
    ((FloatVector) IntVector.fromArray(S, kt, kr0).sub(c00.add(c00)).convert(I2F, 0))
        .fma(m0, d0).intoArray(out, o0r);
    ((FloatVector) IntVector.fromArray(S, kt, kr0 + 16).sub(c01.add(c01)).convert(I2F, 0))
        .fma(m0, d0).intoArray(out, o0r + 16);
    ((FloatVector) IntVector.fromArray(S, kt, kr0 + 32).sub(c02.add(c02)).convert(I2F, 0))
        .fma(m0, d0).intoArray(out, o0r + 32);
    ((FloatVector) IntVector.fromArray(S, kt, kr0 + 48).sub(c03.add(c03)).convert(I2F, 0))
        .fma(m0, d0).intoArray(out, o0r + 48);
  }

  static void scaled1x4(int[] a, int a0, int lda, int[] b, int b0, int kWords, int[] kt,
      int k0, int ks, float[] mult, float[] bias, int row, float[] cs, int cOff, float[] out,
      int o0, int ldo) {
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
    FloatVector s0 = FloatVector.fromArray(F, cs, cOff);
    FloatVector s1 = FloatVector.fromArray(F, cs, cOff + 16);
    FloatVector s2 = FloatVector.fromArray(F, cs, cOff + 32);
    FloatVector s3 = FloatVector.fromArray(F, cs, cOff + 48);
    FloatVector m0 = FloatVector.broadcast(F, mult[row]);
    FloatVector d0 = FloatVector.broadcast(F, bias[row]);
    int kr0 = k0;
    int o0r = o0;
    ((FloatVector) IntVector.fromArray(S, kt, kr0).sub(c00.add(c00)).convert(I2F, 0))
        .fma(m0.mul(s0), d0).intoArray(out, o0r);
    ((FloatVector) IntVector.fromArray(S, kt, kr0 + 16).sub(c01.add(c01)).convert(I2F, 0))
        .fma(m0.mul(s1), d0).intoArray(out, o0r + 16);
    ((FloatVector) IntVector.fromArray(S, kt, kr0 + 32).sub(c02.add(c02)).convert(I2F, 0))
        .fma(m0.mul(s2), d0).intoArray(out, o0r + 32);
    ((FloatVector) IntVector.fromArray(S, kt, kr0 + 48).sub(c03.add(c03)).convert(I2F, 0))
        .fma(m0.mul(s3), d0).intoArray(out, o0r + 48);
  }
}
