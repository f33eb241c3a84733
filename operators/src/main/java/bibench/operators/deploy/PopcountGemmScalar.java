package bibench.operators.deploy;

/** {@link PopcountGemm} in plain Java: {@link Integer#bitCount} over each word pair. */
final class PopcountGemmScalar implements PopcountGemm {
  @Override
  public void multiply(
      int[] a,
      int aOff,
      int lda,
      int rows,
      int[] panel,
      int panelOff,
      int kWords,
      int vecs,
      int[] tile,
      int tileOff) {
    int cols = vecs * LANES;
    for (int r = 0; r < rows; r++) {
      int rowStart = aOff + r * lda;
      int out = tileOff + r * PANEL;
      for (int j = 0; j < cols; j++) {
        tile[out + j] = 0;
      }
      for (int k = 0; k < kWords; k++) {
        int w = a[rowStart + k];
        int b = panelOff + k * PANEL;
        for (int j = 0; j < cols; j++) {
          tile[out + j] += Integer.bitCount(w ^ panel[b + j]);
        }
      }
    }
  }

  @Override
  public void multiplyToFloat(
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
      int[] work) {
    for (int r = 0; r < rows; r++) {
      float m = mult[row0 + r];
      float b = bias[row0 + r];
      for (int j = 0; j < PANEL; j++) {
        int pc = 0;
        for (int k = 0; k < kWords; k++) {
          pc += Integer.bitCount(a[aOff + r * lda + k] ^ panel[panelOff + k * PANEL + j]);
        }
        float d = (float) (kt[kOff + r * kStride + j] - 2 * pc);
        float ms = colScale == null ? m : m * colScale[colOff + j];
        out[outOff + r * outStride + j] = Math.fma(d, ms, b);
      }
    }
  }

  @Override
  public void multiplyToFloatBorder(
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
      int[] work) {
    for (int r = 0; r < rows; r++) {
      float m = mult[row0 + r];
      float b = bias[row0 + r];
      for (int j = 0; j < PANEL; j++) {
        int pc = 0;
        for (int k = 0; k < kWords; k++) {
          pc += Integer.bitCount(a[aOff + r * lda + k] ^ panel[panelOff + k * PANEL + j]);
        }
        int kk = kCol[kOff + j] + table[(row0 + r) * 16 + cls[kOff + j]];
        float ms = colScale == null ? m : m * colScale[colOff + j];
        out[outOff + r * outStride + j] = Math.fma((float) (kk - 2 * pc), ms, b);
      }
    }
  }

  @Override
  public void multiplyToFloatColumns(
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
      int[] work) {
    for (int r = 0; r < rows; r++) {
      float s = rowScale == null ? 1f : rowScale[row0 + r];
      for (int j = 0; j < PANEL; j++) {
        int pc = 0;
        for (int k = 0; k < kWords; k++) {
          pc += Integer.bitCount(a[aOff + r * lda + k] ^ panel[panelOff + k * PANEL + j]);
        }
        float d = (float) (kConst - 2 * pc);
        out[outOff + r * outStride + j] = Math.fma(d, mult[col0 + j] * s, bias[col0 + j]);
      }
    }
  }
}
