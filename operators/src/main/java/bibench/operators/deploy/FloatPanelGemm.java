package bibench.operators.deploy;

/**
 * The FP32 reference inner product, one panel at a time, and float im2col.
 *
 * <p>Same layout as {@link PopcountGemm}: A row-major, B a panel of {@link #PANEL} columns with
 * element {@code (k, j)} at {@code panel[panelOff + k * PANEL + j]}. It computes {@code c[cOff + r
 * * ldc + j] (+)= sum_k a[aOff + r * lda + k] * b[k][j]} for {@code r < rows}, {@code j < 16 *
 * vecs}. The two paths need not agree bit for bit (the vector path uses fused multiply-add).
 */
interface FloatPanelGemm {
  /** Columns of a panel. */
  int PANEL = PopcountGemm.PANEL;

  /** Lanes of one float vector. */
  int LANES = PopcountGemm.LANES;

  /**
   * One panel product.
   *
   * @param accumulate add to {@code c} when true, overwrite it when false
   */
  void multiply(
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
      boolean accumulate);

  /**
   * Float im2col of rows {@code [row0, row0 + rowCount)} of one panel of one group; row {@code c *
   * taps + t} is channel c under tap t, 0 where padded.
   *
   * @param src input planes of {@code planeStride} floats, one per channel
   * @param srcOff first float of this group's first channel
   */
  void im2col(
      float[] src,
      int srcOff,
      int planeStride,
      Im2colPlan plan,
      int panel,
      int vecs,
      int row0,
      int rowCount,
      float[] dst);
}
