package bibench.operators.deploy;

/** {@link BitPacking} in plain Java loops. */
final class BitPackingScalar implements BitPacking {
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
    for (int j = 0; j < cols; j++) {
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
    for (int i = 0; i < len; i += 32) {
      int word = 0;
      int bits = Math.min(32, len - i);
      for (int b = 0; b < bits; b++) {
        if (src[srcOff + i + b] >= thr[i + b]) {
          word |= 1 << b;
        }
      }
      dst[dstOff + i / 32] = word;
    }
  }

  @Override
  public float absSum(float[] x, int off, int len, float[] scratch) {
    for (int l = 0; l < 16; l++) {
      scratch[l] = 0f;
    }
    for (int e = 0; e < len; e++) {
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
    int pc = plan.paddedColumns;
    int base = panel * PopcountGemm.PANEL;
    int cols = vecs * PopcountGemm.LANES;
    for (int t = 0; t < plan.shift.length; t++) {
      for (int cw = 0; cw < cWords; cw++) {
        int plane = srcOff + cw * planeStride;
        int out = (t * cWords + cw) * PopcountGemm.PANEL;
        for (int j = 0; j < cols; j++) {
          int p = base + j;
          int word = 0;
          if (plan.mask[t * pc + p] != 0) {
            int at = plan.shiftMode ? p + plan.shift[t] : plan.index[t * pc + p];
            word = src[plane + at];
          }
          dst[out + j] = word;
        }
      }
    }
  }
}
