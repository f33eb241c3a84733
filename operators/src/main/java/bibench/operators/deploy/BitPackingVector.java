package bibench.operators.deploy;

import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.OR;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link BitPacking} with vectors of {@link VectorWidth}: a compare per vector of floats sets one
 * bit lane-wise, and im2col is a masked shifted copy (stride 1) or a masked gather (other strides).
 */
final class BitPackingVector implements BitPacking {
  private static final VectorSpecies<Integer> I = VectorWidth.INT;
  private static final VectorSpecies<Float> F = VectorWidth.FLOAT;
  private static final int L = VectorWidth.LANES;

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
    // Four vectors of columns at a time (64 with 512-bit vectors): four word accumulators in
    // registers, one run of each channel. One column vector at a time ran 2.4x slower on 32x32
    // planes (4 KB apart, so the 32 channel streams share L1 sets); channel-outer with a
    // read-modify-write of the word plane fixed that case but was 2x slower on 56x56 planes.
    int j = 0;
    for (; j + 4 * L <= cols; j += 4 * L) {
      IntVector w0 = IntVector.zero(I);
      IntVector w1 = w0;
      IntVector w2 = w0;
      IntVector w3 = w0;
      for (int b = 0; b < channels; b++) {
        int at = srcOff + b * chanStride + j;
        float t = thr[thrOff + b];
        int bit = 1 << b;
        w0 = w0.lanewise(OR, bit, FloatVector.fromArray(F, src, at).compare(GE, t).cast(I));
        w1 = w1.lanewise(OR, bit, FloatVector.fromArray(F, src, at + L).compare(GE, t).cast(I));
        w2 = w2.lanewise(OR, bit, FloatVector.fromArray(F, src, at + 2 * L).compare(GE, t).cast(I));
        w3 = w3.lanewise(OR, bit, FloatVector.fromArray(F, src, at + 3 * L).compare(GE, t).cast(I));
      }
      w0.intoArray(dst, dstOff + j);
      w1.intoArray(dst, dstOff + j + L);
      w2.intoArray(dst, dstOff + j + 2 * L);
      w3.intoArray(dst, dstOff + j + 3 * L);
    }
    for (; j + L <= cols; j += L) {
      IntVector word = IntVector.zero(I);
      for (int b = 0; b < channels; b++) {
        FloatVector x = FloatVector.fromArray(F, src, srcOff + b * chanStride + j);
        word = word.lanewise(OR, 1 << b, x.compare(GE, thr[thrOff + b]).cast(I));
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
    for (; i + 32 <= len; i += 32) {
      long word = 0;
      for (int v = 0; v < 32; v += L) {
        word |= FloatVector.fromArray(F, src, srcOff + i + v)
            .compare(GE, FloatVector.fromArray(F, thr, i + v))
            .toLong() << v;
      }
      dst[dstOff + i / 32] = (int) word;
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
    // 16 partial sums, element e into partial e % 16, in order: 16 / L vectors of partials.
    int e = 0;
    if (L == 16) {
      FloatVector acc = FloatVector.zero(F);
      for (; e + 16 <= len; e += 16) {
        acc = acc.add(FloatVector.fromArray(F, x, off + e).abs());
      }
      acc.intoArray(scratch, 0);
    } else if (L == 8) {
      FloatVector acc0 = FloatVector.zero(F);
      FloatVector acc1 = acc0;
      for (; e + 16 <= len; e += 16) {
        acc0 = acc0.add(FloatVector.fromArray(F, x, off + e).abs());
        acc1 = acc1.add(FloatVector.fromArray(F, x, off + e + 8).abs());
      }
      acc0.intoArray(scratch, 0);
      acc1.intoArray(scratch, 8);
    } else {
      FloatVector acc0 = FloatVector.zero(F);
      FloatVector acc1 = acc0;
      FloatVector acc2 = acc0;
      FloatVector acc3 = acc0;
      for (; e + 16 <= len; e += 16) {
        acc0 = acc0.add(FloatVector.fromArray(F, x, off + e).abs());
        acc1 = acc1.add(FloatVector.fromArray(F, x, off + e + 4).abs());
        acc2 = acc2.add(FloatVector.fromArray(F, x, off + e + 8).abs());
        acc3 = acc3.add(FloatVector.fromArray(F, x, off + e + 12).abs());
      }
      acc0.intoArray(scratch, 0);
      acc1.intoArray(scratch, 4);
      acc2.intoArray(scratch, 8);
      acc3.intoArray(scratch, 12);
    }
    for (; e < len; e++) {
      scratch[e & 15] += Math.abs(x[off + e]);
    }
    float total = 0f;
    for (int l = 0; l < 16; l++) {
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
    if (vecs == 4 && plan.shiftMode) {
      im2colShift(src, srcOff, planeStride, cWords, plan, panel, dst);
      return;
    }
    int pc = plan.paddedColumns;
    int base = panel * PopcountGemm.PANEL;
    int last = src.length - L;
    int cols = vecs * PopcountGemm.LANES;
    for (int t = 0; t < plan.shift.length; t++) {
      int shift = plan.shift[t];
      for (int v = 0; v < cols; v += L) {
        int p = base + v;
        int maskAt = t * pc + p;
        IntVector valid = IntVector.fromArray(I, plan.mask, maskAt);
        for (int cw = 0; cw < cWords; cw++) {
          int plane = srcOff + cw * planeStride;
          int out = (t * cWords + cw) * PopcountGemm.PANEL + v;
          if (!plan.shiftMode) {
            IntVector.fromArray(I, src, plane, plan.index, maskAt).and(valid).intoArray(dst, out);
          } else if (plane + p + shift >= 0 && plane + p + shift <= last) {
            IntVector.fromArray(I, src, plane + p + shift).and(valid).intoArray(dst, out);
          } else {
            copyMasked(src, plane + p + shift, plan.mask, maskAt, dst, out, L);
          }
        }
      }
    }
  }

  /** A whole panel in shift mode: one bounds check per 64-column row, then vector copies. */
  private static void im2colShift(
      int[] src, int srcOff, int planeStride, int cWords, Im2colPlan plan, int panel, int[] dst) {
    int pc = plan.paddedColumns;
    int base = panel * PopcountGemm.PANEL;
    int last = src.length - PopcountGemm.PANEL;
    for (int t = 0; t < plan.shift.length; t++) {
      int maskAt = t * pc + base;
      int from = srcOff + base + plan.shift[t];
      for (int cw = 0; cw < cWords; cw++) {
        int at = from + cw * planeStride;
        int out = (t * cWords + cw) * PopcountGemm.PANEL;
        if (at >= 0 && at <= last) {
          for (int v = 0; v < PopcountGemm.PANEL; v += L) {
            IntVector.fromArray(I, src, at + v).and(IntVector.fromArray(I, plan.mask, maskAt + v))
                .intoArray(dst, out + v);
          }
        } else {
          copyMasked(src, at, plan.mask, maskAt, dst, out, PopcountGemm.PANEL);
        }
      }
    }
  }

  /** Element by element, reading only where the mask says the pixel exists. */
  private static void copyMasked(
      int[] src, int at, int[] mask, int maskAt, int[] dst, int out, int n) {
    for (int l = 0; l < n; l++) {
      dst[out + l] = mask[maskAt + l] != 0 ? src[at + l] : 0;
    }
  }
}
