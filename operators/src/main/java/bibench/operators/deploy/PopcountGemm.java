package bibench.operators.deploy;

/**
 * The inner product of the binary kernels: popcount sums of XORed bit words, one panel at a time.
 *
 * <p>Operand A is row-major packed bits, {@code lda} words a row (a row is one weight row of a
 * convolution, or one sample of a linear layer). Operand B is a panel of {@link #PANEL} columns:
 * word {@code k} of column {@code j} is at {@code panel[panelOff + k * PANEL + j]}, so one weight
 * word is broadcast against a vector of columns and the inner loop needs no horizontal reduction.
 * The result is {@code tile[tileOff + r * PANEL + j] = sum_k bitCount(a[r][k] ^ b[k][j])} for
 * {@code r < rows} and {@code j < 16 * vecs}. The caller turns popcounts into dot products of +-1
 * values, {@code dot = K - 2 * popcount}; {@link #multiplyToFloat} does that too, for whole panels.
 */
interface PopcountGemm {
  /** Columns of a panel: four groups of 16. */
  int PANEL = 64;

  /**
   * Columns of one group, the unit in which callers ask for part of a panel ({@code vecs}); one
   * 512-bit vector, two 256-bit ones. Not a hardware width.
   */
  int LANES = 16;

  /** Ints of the {@code work} array the fused calls take: a tile of 4 rows and one row of K. */
  int WORK = 5 * PANEL;

  /**
   * Fills {@code rows x 16 * vecs} popcount sums of a tile.
   *
   * @param a packed rows of A
   * @param aOff first word of the first row used
   * @param lda words between rows of A
   * @param rows rows to compute
   * @param panel the B panel
   * @param panelOff first word of the panel
   * @param kWords words of the reduction (K / 32 rounded up)
   * @param vecs 16-column groups of the panel to compute, 1 to 4
   * @param tile output, {@link #PANEL} ints a row
   * @param tileOff where row 0 of the output starts
   */
  void multiply(
      int[] a,
      int aOff,
      int lda,
      int rows,
      int[] panel,
      int panelOff,
      int kWords,
      int vecs,
      int[] tile,
      int tileOff);

  /**
   * A whole 64-column panel straight to floats, with the epilogue fused: {@code out[outOff + r *
   * outStride + j] = fma((float) (kt[kOff + r * kStride + j] - 2 * popcount[r][j]), mult[row0 + r]
   * * s_j, bias[row0 + r])} for {@code r < rows}, {@code j < 64}, where {@code s_j} is {@code
   * colScale[colOff + j]}, or 1 (and no multiply) when colScale is null.
   *
   * @param kt per-element K (valid products); kStride 0 shares one row of 64 among all rows
   * @param work scratch of at least {@link #WORK} ints, owned by the calling thread
   */
  void multiplyToFloat(
      int[] a,
      int aOff,
      int lda,
      int rows,
      int[] panel,
      int panelOff,
      int kWords,
      int[] kt,
      int kOff,
      int kStride,
      float[] mult,
      float[] bias,
      int row0,
      float[] colScale,
      int colOff,
      float[] out,
      int outOff,
      int outStride,
      int[] work);

  /**
   * {@link #multiplyToFloat} for a convolution panel with border windows: K of element (r, j) is
   * {@code kCol[kOff + j] + table[(row0 + r) * 16 + cls[kOff + j]]}, i.e. the valid products of the
   * column plus the padding correction of its class for that output channel (table entry 0 is 0).
   */
  void multiplyToFloatBorder(
      int[] a,
      int aOff,
      int lda,
      int rows,
      int[] panel,
      int panelOff,
      int kWords,
      int[] kCol,
      int kOff,
      int[] cls,
      int[] table,
      float[] mult,
      float[] bias,
      int row0,
      float[] colScale,
      int colOff,
      float[] out,
      int outOff,
      int outStride,
      int[] work);

  /**
   * The column form of {@link #multiplyToFloat} for linear layers: {@code out[outOff + r *
   * outStride + j] = fma((float) (kConst - 2 * popcount[r][j]), mult[col0 + j] * s_r, bias[col0 +
   * j])}, {@code s_r = rowScale[row0 + r]} or 1 when rowScale is null; whole 64-column panels.
   */
  void multiplyToFloatColumns(
      int[] a,
      int aOff,
      int lda,
      int rows,
      int[] panel,
      int panelOff,
      int kWords,
      int kConst,
      float[] mult,
      float[] bias,
      int col0,
      float[] rowScale,
      int row0,
      float[] out,
      int outOff,
      int outStride,
      int[] work);
}
