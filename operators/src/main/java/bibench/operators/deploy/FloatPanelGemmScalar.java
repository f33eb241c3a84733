package bibench.operators.deploy;

/** {@link FloatPanelGemm} in plain Java loops (no fused multiply-add). */
final class FloatPanelGemmScalar implements FloatPanelGemm {
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
    int cols = vecs * LANES;
    for (int r = 0; r < rows; r++) {
      int row = cOff + r * ldc;
      if (!accumulate) {
        for (int j = 0; j < cols; j++) {
          c[row + j] = 0f;
        }
      }
      for (int k = 0; k < kLen; k++) {
        float w = a[aOff + r * lda + k];
        int b = panelOff + k * PANEL;
        for (int j = 0; j < cols; j++) {
          c[row + j] += w * panel[b + j];
        }
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
    for (int i = 0; i < rowCount; i++) {
      int c = (row0 + i) / taps;
      int t = (row0 + i) % taps;
      int plane = srcOff + c * planeStride;
      for (int j = 0; j < vecs * LANES; j++) {
        int p = base + j;
        float v = 0f;
        if (plan.mask[t * pc + p] != 0) {
          v = src[plane + (plan.shiftMode ? p + plan.shift[t] : plan.index[t * pc + p])];
        }
        dst[i * PANEL + j] = v;
      }
    }
  }
}
