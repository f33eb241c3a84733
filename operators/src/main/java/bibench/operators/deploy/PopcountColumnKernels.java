package bibench.operators.deploy;

import static jdk.incubator.vector.VectorOperators.BIT_COUNT;
import static jdk.incubator.vector.VectorOperators.I2F;
import static jdk.incubator.vector.VectorOperators.XOR;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Fused popcount micro-kernels for the column form (linear layers: rows are samples, columns are
 * output features): {@code out = fma(K - 2 * popcount, mult[col] * s[row], bias[col])}, s being
 * XNOR-Net's beta of the sample or 1 (a multiply by 1 changes nothing, and keeps the vector code
 * free of branches).
 */
final class PopcountColumnKernels {
  private static final VectorSpecies<Integer> S = IntVector.SPECIES_512;
  private static final VectorSpecies<Float> F = FloatVector.SPECIES_512;

  private PopcountColumnKernels() {}

  static void kernel4x4(int[] a, int a0, int lda, int[] b, int b0, int kWords, int kConst,
      float[] mult, float[] bias, int col, float[] rowScale, int row, float[] out, int o0, int ldo) {
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
    IntVector kv = IntVector.broadcast(S, kConst);
    FloatVector m0 = FloatVector.fromArray(F, mult, col);
    FloatVector d0 = FloatVector.fromArray(F, bias, col);
    FloatVector m1 = FloatVector.fromArray(F, mult, col + 16);
    FloatVector d1 = FloatVector.fromArray(F, bias, col + 16);
    FloatVector m2 = FloatVector.fromArray(F, mult, col + 32);
    FloatVector d2 = FloatVector.fromArray(F, bias, col + 32);
    FloatVector m3 = FloatVector.fromArray(F, mult, col + 48);
    FloatVector d3 = FloatVector.fromArray(F, bias, col + 48);
    float s0 = rowScale == null ? 1f : rowScale[row];
    int o0x = o0;
    ((FloatVector) kv.sub(c00.add(c00)).convert(I2F, 0))
        .fma(m0.mul(s0), d0).intoArray(out, o0x);
    ((FloatVector) kv.sub(c01.add(c01)).convert(I2F, 0))
        .fma(m1.mul(s0), d1).intoArray(out, o0x + 16);
    ((FloatVector) kv.sub(c02.add(c02)).convert(I2F, 0))
        .fma(m2.mul(s0), d2).intoArray(out, o0x + 32);
    ((FloatVector) kv.sub(c03.add(c03)).convert(I2F, 0))
        .fma(m3.mul(s0), d3).intoArray(out, o0x + 48);
    float s1 = rowScale == null ? 1f : rowScale[row + 1];
    int o1x = o0 + 1 * ldo;
    ((FloatVector) kv.sub(c10.add(c10)).convert(I2F, 0))
        .fma(m0.mul(s1), d0).intoArray(out, o1x);
    ((FloatVector) kv.sub(c11.add(c11)).convert(I2F, 0))
        .fma(m1.mul(s1), d1).intoArray(out, o1x + 16);
    ((FloatVector) kv.sub(c12.add(c12)).convert(I2F, 0))
        .fma(m2.mul(s1), d2).intoArray(out, o1x + 32);
    ((FloatVector) kv.sub(c13.add(c13)).convert(I2F, 0))
        .fma(m3.mul(s1), d3).intoArray(out, o1x + 48);
    float s2 = rowScale == null ? 1f : rowScale[row + 2];
    int o2x = o0 + 2 * ldo;
    ((FloatVector) kv.sub(c20.add(c20)).convert(I2F, 0))
        .fma(m0.mul(s2), d0).intoArray(out, o2x);
    ((FloatVector) kv.sub(c21.add(c21)).convert(I2F, 0))
        .fma(m1.mul(s2), d1).intoArray(out, o2x + 16);
    ((FloatVector) kv.sub(c22.add(c22)).convert(I2F, 0))
        .fma(m2.mul(s2), d2).intoArray(out, o2x + 32);
    ((FloatVector) kv.sub(c23.add(c23)).convert(I2F, 0))
        .fma(m3.mul(s2), d3).intoArray(out, o2x + 48);
    float s3 = rowScale == null ? 1f : rowScale[row + 3];
    int o3x = o0 + 3 * ldo;
    ((FloatVector) kv.sub(c30.add(c30)).convert(I2F, 0))
        .fma(m0.mul(s3), d0).intoArray(out, o3x);
    ((FloatVector) kv.sub(c31.add(c31)).convert(I2F, 0))
        .fma(m1.mul(s3), d1).intoArray(out, o3x + 16);
    ((FloatVector) kv.sub(c32.add(c32)).convert(I2F, 0))
        .fma(m2.mul(s3), d2).intoArray(out, o3x + 32);
    ((FloatVector) kv.sub(c33.add(c33)).convert(I2F, 0))
        .fma(m3.mul(s3), d3).intoArray(out, o3x + 48);
  }

  static void kernel1x4(int[] a, int a0, int lda, int[] b, int b0, int kWords, int kConst,
      float[] mult, float[] bias, int col, float[] rowScale, int row, float[] out, int o0, int ldo) {
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
    IntVector kv = IntVector.broadcast(S, kConst);
    FloatVector m0 = FloatVector.fromArray(F, mult, col);
    FloatVector d0 = FloatVector.fromArray(F, bias, col);
    FloatVector m1 = FloatVector.fromArray(F, mult, col + 16);
    FloatVector d1 = FloatVector.fromArray(F, bias, col + 16);
    FloatVector m2 = FloatVector.fromArray(F, mult, col + 32);
    FloatVector d2 = FloatVector.fromArray(F, bias, col + 32);
    FloatVector m3 = FloatVector.fromArray(F, mult, col + 48);
    FloatVector d3 = FloatVector.fromArray(F, bias, col + 48);
    float s0 = rowScale == null ? 1f : rowScale[row];
    int o0x = o0;
    ((FloatVector) kv.sub(c00.add(c00)).convert(I2F, 0))
        .fma(m0.mul(s0), d0).intoArray(out, o0x);
    ((FloatVector) kv.sub(c01.add(c01)).convert(I2F, 0))
        .fma(m1.mul(s0), d1).intoArray(out, o0x + 16);
    ((FloatVector) kv.sub(c02.add(c02)).convert(I2F, 0))
        .fma(m2.mul(s0), d2).intoArray(out, o0x + 32);
    ((FloatVector) kv.sub(c03.add(c03)).convert(I2F, 0))
        .fma(m3.mul(s0), d3).intoArray(out, o0x + 48);
  }
}
