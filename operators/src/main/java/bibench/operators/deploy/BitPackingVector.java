package bibench.operators.deploy;

import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.OR;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link BitPacking} with 512-bit vectors: a compare per 16 floats sets one bit lane-wise, and
 * im2col is a masked shifted copy (stride 1) or a masked gather (other strides).
 */
final class BitPackingVector implements BitPacking {
  private static final VectorSpecies<Integer> I = IntVector.SPECIES_512;
  private static final VectorSpecies<Float> F = FloatVector.SPECIES_512;
  private static final int L = 16;

  @Override
  public void packChannels(
      float[] src,
      int srcOff,
      int chanStride,
      int channels,
      float[] thr,
      int thrOff,
      int cols,
      int[] dst,
      int dstOff) {
    int j = 0;
    for (; j + L <= cols; j += L) {
      IntVector word = IntVector.zero(I);
      for (int b = 0; b < channels; b++) {
        FloatVector x = FloatVector.fromArray(F, src, srcOff + b * chanStride + j);
        VectorMask<Integer> on = x.compare(GE, thr[thrOff + b]).cast(I);
        word = word.lanewise(OR, 1 << b, on);
      }
      word.intoArray(dst, dstOff + j);
    }
    for (; j < cols; j++) {
      int word = 0;
      for (int b = 0; b < channels; b++) {
        if (src[srcOff + b * chanStride + j] >= thr[thrOff + b]) {
          word |= 1 << b;
        }
      }
      dst[dstOff + j] = word;
    }
  }

  @Override
  public void packFeatures(float[] src, int srcOff, int len, float[] thr, int[] dst, int dstOff) {
    int i = 0;
    for (; i + 2 * L <= len; i += 2 * L) {
      long lo =
          FloatVector.fromArray(F, src, srcOff + i)
              .compare(GE, FloatVector.fromArray(F, thr, i))
              .toLong();
      long hi =
          FloatVector.fromArray(F, src, srcOff + i + L)
              .compare(GE, FloatVector.fromArray(F, thr, i + L))
              .toLong();
      dst[dstOff + i / 32] = (int) (lo | (hi << L));
    }
    if (i < len) {
      int word = 0;
      for (int b = 0; b < len - i; b++) {
        if (src[srcOff + i + b] >= thr[i + b]) {
          word |= 1 << b;
        }
      }
      dst[dstOff + i / 32] = word;
    }
  }

  @Override
  public float absSum(float[] x, int off, int len, float[] scratch) {
    FloatVector acc = FloatVector.zero(F);
    int e = 0;
    for (; e + L <= len; e += L) {
      acc = acc.add(FloatVector.fromArray(F, x, off + e).abs());
    }
    acc.intoArray(scratch, 0);
    for (; e < len; e++) {
      scratch[e & 15] += Math.abs(x[off + e]);
    }
    float total = 0f;
    for (int l = 0; l < L; l++) {
      total += scratch[l];
    }
    return total;
  }

  @Override
  public void im2col(
      int[] src,
      int srcOff,
      int planeStride,
      int cWords,
      Im2colPlan plan,
      int panel,
      int vecs,
      int[] dst) {
    int pc = plan.paddedColumns;
    int base = panel * PopcountGemm.PANEL;
    int last = src.length - L;
    for (int t = 0; t < plan.shift.length; t++) {
      int shift = plan.shift[t];
      for (int v = 0; v < vecs; v++) {
        int p = base + v * L;
        int maskAt = t * pc + p;
        IntVector valid = IntVector.fromArray(I, plan.mask, maskAt);
        for (int cw = 0; cw < cWords; cw++) {
          int plane = srcOff + cw * planeStride;
          int out = (t * cWords + cw) * PopcountGemm.PANEL + v * L;
          if (!plan.shiftMode) {
            IntVector.fromArray(I, src, plane, plan.index, maskAt).and(valid).intoArray(dst, out);
          } else if (plane + p + shift >= 0 && plane + p + shift <= last) {
            IntVector.fromArray(I, src, plane + p + shift).and(valid).intoArray(dst, out);
          } else {
            for (int l = 0; l < L; l++) {
              dst[out + l] = plan.mask[maskAt + l] != 0 ? src[plane + p + shift + l] : 0;
            }
          }
        }
      }
    }
  }
}
