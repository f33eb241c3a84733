package bibench.operators.deploy;

/**
 * Turning floats into sign bits, bit im2col, and the XNOR-Net input mean.
 *
 * <p>A bit is 1 for +1 and 0 for -1, with {@code bit = x >= threshold}. Thresholds are -theta for
 * ReActNet's learnable per-channel shift (sign(x + theta) with sign(0) = +1) and 0 otherwise;
 * {@code x >= -theta} and {@code x + theta >= 0} agree for all floats, since a float sum that is
 * not exactly zero never rounds to zero.
 */
interface BitPacking {
  /**
   * Packs up to 32 channels at each of {@code cols} positions:
   * {@code dst[dstOff + j] = OR_b (src[srcOff + b * chanStride + j] >= thr[thrOff + b]) << b}.
   */
  void packChannels(
      float[] src,
      int srcOff,
      int chanStride,
      int channels,
      float[] thr,
      int thrOff,
      int cols,
      int[] dst,
      int dstOff);

  /**
   * Packs {@code len} features along the bits of {@code ceil(len / 32)} words: bit {@code i % 32}
   * of word {@code i / 32} is {@code src[srcOff + i] >= thr[i]}; unused high bits are 0.
   */
  void packFeatures(float[] src, int srcOff, int len, float[] thr, int[] dst, int dstOff);

  /**
   * The sum of |x| over {@code len} values in a fixed order that both paths share: 16 running
   * partial sums (element e goes to partial e % 16, in order), then the partials added left to
   * right. {@code scratch} holds at least 16 floats.
   */
  float absSum(float[] x, int off, int len, float[] scratch);

  /**
   * Bit im2col of one panel of one group: row {@code t * cWords + cw} of the panel (64 words) gets
   * the channel word {@code cw} of the input pixel under tap t of each column, or 0 where padded.
   *
   * @param src packed input, planes of {@code planeStride} words, one per channel word
   * @param srcOff first word of this group's first plane
   */
  void im2col(
      int[] src,
      int srcOff,
      int planeStride,
      int cWords,
      Im2colPlan plan,
      int panel,
      int vecs,
      int[] dst);
}
