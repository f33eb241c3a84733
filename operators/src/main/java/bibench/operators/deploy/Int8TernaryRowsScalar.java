package bibench.operators.deploy;

/** {@link Int8TernaryRows} in plain Java: 64-column blocks, 32-bit sums. */
final class Int8TernaryRowsScalar implements Int8TernaryRows {

  @Override
  public int block() {
    return PopcountGemm.PANEL;
  }

  @Override
  public void row(short[] x, int base, int[] plus, int p0, int p1, int[] minus, int n0, int n1, int[] acc) {
    java.util.Arrays.fill(acc, 0, PopcountGemm.PANEL, 0);
    for (int p = p0; p < p1; p++) {
      int o = base + plus[p];
      for (int j = 0; j < PopcountGemm.PANEL; j++) {
        acc[j] += x[o + j];
      }
    }
    for (int q = n0; q < n1; q++) {
      int o = base + minus[q];
      for (int j = 0; j < PopcountGemm.PANEL; j++) {
        acc[j] -= x[o + j];
      }
    }
  }
}
