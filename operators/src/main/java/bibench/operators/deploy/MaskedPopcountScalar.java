package bibench.operators.deploy;

/** {@link MaskedPopcount} in plain Java: {@link Integer#bitCount} of each masked XOR. */
final class MaskedPopcountScalar implements MaskedPopcount {
  private static final int P = PopcountGemm.PANEL;

  @Override
  public void multiply(int[] a, int aOff, int lda, int rows, int[] panel, int panelOff, int kWords, int vecs,
      int[] tile, int tileOff) {
    int cols = vecs * PopcountGemm.LANES;
    for (int r = 0; r < rows; r++) {
      int row = aOff + r * lda;
      int out = tileOff + r * P;
      for (int j = 0; j < cols; j++) {
        tile[out + j] = 0;
      }
      for (int k = 0; k < kWords; k++) {
        int s = a[row + 2 * k];
        int m = a[row + 2 * k + 1];
        int b = panelOff + k * P;
        for (int j = 0; j < cols; j++) {
          tile[out + j] += Integer.bitCount((panel[b + j] ^ s) & m);
        }
      }
    }
  }
}
