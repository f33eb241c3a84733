package bibench.operators.deploy;

/** {@link SparseRows} in plain Java, one column at a time. */
final class SparseRowsScalar implements SparseRows {

  @Override
  public void add(int[] rowStart, int[] entries, int row0, int rows, int[] panel, int panelOff, int cols,
      float[] fix, int classes, int[] cls, int clsOff, float[] out, int outOff, int outStride, float[] sums) {
    for (int r = 0; r < rows; r++) {
      for (int j = 0; j < cols; j++) {
        sums[j] = SparseRows.sum(rowStart, entries, row0 + r, panel, panelOff + j);
      }
      SparseRows.addSums(sums, cols, fix, (row0 + r) * classes, cls, clsOff, out, outOff + r * outStride);
    }
  }
}
