package bibench.operators.deploy;

/**
 * The inner product of the ternary x binary kernels: popcount sums of {@code (b XOR s) AND m}, one
 * panel at a time, where each row of A is a ternary weight row held as two bit planes.
 *
 * <p>Row r of A keeps two words per reduction word k: the sign plane at {@code a[aOff + r * lda +
 * 2k]} (1 for +1) and the mask plane at {@code 2k + 1} (1 where the weight is not 0). B is a panel
 * of {@link PopcountGemm#PANEL} columns of activation bits, as for {@link PopcountGemm}. The result
 * is {@code tile[tileOff + r * PANEL + j] = sum_k bitCount((b[k][j] ^ s[r][k]) & m[r][k])}, the
 * number of nonzero weights whose sign differs from the activation; the caller turns it into the
 * ternary dot product {@code M_r - 2 * count} ({@code M_r} = nonzero weights of the row), which
 * equals {@code 2 * popcount(m & ~(a ^ s)) - popcount(m)}.
 */
interface MaskedPopcount {

  /**
   * Fills {@code rows x 16 * vecs} counts of a tile.
   *
   * @param a interleaved sign and mask words of A
   * @param aOff first word of the first row used
   * @param lda words between rows of A (at least {@code 2 * kWords})
   * @param rows rows to compute
   * @param panel the B panel
   * @param panelOff first word of the panel
   * @param kWords words of the reduction
   * @param vecs 16-column groups of the panel to compute, 1 to 4
   * @param tile output, {@link PopcountGemm#PANEL} ints a row
   * @param tileOff where row 0 of the output starts
   */
  void multiply(int[] a, int aOff, int lda, int rows, int[] panel, int panelOff, int kWords, int vecs, int[] tile,
      int tileOff);
}
