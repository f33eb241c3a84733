package bibench.operators.deploy;

/**
 * Turns a tile of popcount sums into outputs: {@code dot = K - 2 * popcount}, then the folded
 * per-channel multiplier and bias, and the scales that cannot fold (XNOR-Net's per-sample input
 * mean, XNOR++'s spatial factors).
 *
 * <p>Row form (convolution and {@link BinaryGemm}, rows are output channels): {@code out =
 * fma((float) dot, mult[row] * colScale[col], bias[row])}, the colScale multiply only when given.
 * Column form (linear layers, rows are samples, columns output features): {@code out = fma((float)
 * dot, mult[col] * rowScale[row], bias[col])}. In words: one rounding for {@code mult * s}, one for
 * the fused multiply-add; multiplying by a missing scale (1) would change nothing. Both paths do
 * exactly these operations, so they agree bit for bit. Tiles hold {@link PopcountGemm#PANEL} ints a row; {@code
 * cols} is at most 64 and the per-column arrays are readable up to a whole panel.
 */
interface BinaryEpilogue {
  /**
   * Row form into floats.
   *
   * @param kCol per-column count of valid products (K, or fewer in border windows)
   * @param colScale per-column scale, or null
   */
  void rowsToFloat(
      int[] tile,
      int rows,
      int cols,
      int[] kCol,
      int kColOff,
      float[] mult,
      float[] bias,
      int row0,
      float[] colScale,
      int colOff,
      float[] out,
      int outOff,
      int outStride);

  /**
   * One row of the row form without a column scale, from any tile offset: {@code out[o + j] =
   * fma((float) (kRow[kOff + j] - 2 * tile[t + j]), mult, bias)} for {@code j < cols}. The ternary
   * and partial kernels pass a K per element here (per output channel and padding class).
   */
  void row(int[] tile, int t, int cols, int[] kRow, int kOff, float mult, float bias, float[] out, int o);

  /** Column form into floats; {@code rowScale} may be null. */
  void columnsToFloat(
      int[] tile,
      int rows,
      int cols,
      int kConst,
      float[] mult,
      float[] bias,
      int col0,
      float[] rowScale,
      int row0,
      float[] out,
      int outOff,
      int outStride);

  /**
   * Column form into bits for the next binary layer: bit {@code (col0 + j) % 32} of word {@code
   * outOff + r * outStride + (col0 + j) / 32} is {@code value >= thr[col0 + j]}; {@code col0} is a
   * multiple of 64 and bits past {@code cols} are 0.
   */
  void columnsToBits(
      int[] tile,
      int rows,
      int cols,
      int kConst,
      float[] mult,
      float[] bias,
      int col0,
      float[] rowScale,
      int row0,
      float[] thr,
      int[] out,
      int outOff,
      int outStride);
}
