package bibench.operators.deploy;

/**
 * Ternary rows of A (sign and mask planes, {@link TernaryBits}) against one panel of activation
 * bits, to floats: {@code out = fma((float) (K - 2 * count), mult[row], bias[row])}, where count
 * is {@link MaskedPopcount}'s and K comes from a table per row and padding class ({@code
 * kTable[row * classes + cls[col]]}; one class for a plain product, whose K is the row's nonzero
 * count). Rows go through a tile of 32 at a time; the epilogue is the binary kernels' own, so the
 * float operations, and so the outputs, are the same on every path. Holds its workspace: one
 * instance per thread.
 */
final class TernaryPanel {
  private static final int ROWS = 32;
  private final Backend backend;
  private final int[] tile = new int[ROWS * PopcountGemm.PANEL];
  private final int[] kRow = new int[PopcountGemm.PANEL];

  TernaryPanel(Backend backend) {
    this.backend = backend;
  }

  /**
   * Rows {@code row0 .. row0 + rows - 1} of the product for the first {@code cols} columns of the
   * panel; row r goes to {@code out[outOff + r * outStride ..]}.
   *
   * @param a interleaved sign and mask words, row {@code row0} at {@code aOff}
   * @param lda words between rows of A
   * @param vecs 16-column groups to compute (covering {@code cols})
   * @param cls per-column class, read from {@code clsOff}
   */
  void toFloat(int[] a, int aOff, int lda, int rows, int row0, int[] panel, int panelOff, int kWords, int vecs,
      int cols, int[] kTable, int classes, int[] cls, int clsOff, float[] mult, float[] bias, float[] out,
      int outOff, int outStride) {
    for (int r0 = 0; r0 < rows; r0 += ROWS) {
      int n = Math.min(ROWS, rows - r0);
      backend.masked.multiply(a, aOff + r0 * lda, lda, n, panel, panelOff, kWords, vecs, tile, 0);
      for (int r = 0; r < n; r++) {
        int row = row0 + r0 + r;
        int kt = row * classes;
        for (int j = 0; j < cols; j++) {
          kRow[j] = kTable[kt + cls[clsOff + j]];
        }
        backend.epilogue.row(tile, r * PopcountGemm.PANEL, cols, kRow, 0, mult[row], bias[row], out,
            outOff + (r0 + r) * outStride);
      }
    }
  }
}
