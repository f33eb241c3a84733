package bibench.operators.deploy;

/** {@link BinaryEpilogue} in plain Java, same float operation order as the vector path. */
final class BinaryEpilogueScalar implements BinaryEpilogue {
  private static final int P = PopcountGemm.PANEL;

  @Override
  public void rowsToFloat(
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
      int outStride) {
    for (int r = 0; r < rows; r++) {
      float m = mult[row0 + r];
      float b = bias[row0 + r];
      for (int j = 0; j < cols; j++) {
        float d = (float) (kCol[kColOff + j] - 2 * tile[r * P + j]);
        float ms = colScale == null ? m : m * colScale[colOff + j];
        out[outOff + r * outStride + j] = Math.fma(d, ms, b);
      }
    }
  }

  @Override
  public void row(int[] tile, int t, int cols, int[] kRow, int kOff, float mult, float bias, float[] out, int o) {
    for (int j = 0; j < cols; j++) {
      out[o + j] = Math.fma((float) (kRow[kOff + j] - 2 * tile[t + j]), mult, bias);
    }
  }

  @Override
  public void columnsToFloat(
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
      int outStride) {
    for (int r = 0; r < rows; r++) {
      for (int j = 0; j < cols; j++) {
        out[outOff + r * outStride + j] = value(tile, r, j, kConst, mult, bias, col0, rowScale, row0);
      }
    }
  }

  @Override
  public void columnsToBits(
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
      int outStride) {
    for (int r = 0; r < rows; r++) {
      for (int j0 = 0; j0 < cols; j0 += 32) {
        int word = 0;
        for (int j = j0; j < Math.min(cols, j0 + 32); j++) {
          if (value(tile, r, j, kConst, mult, bias, col0, rowScale, row0) >= thr[col0 + j]) {
            word |= 1 << (j - j0);
          }
        }
        out[outOff + r * outStride + (col0 + j0) / 32] = word;
      }
    }
  }

  private static float value(
      int[] tile,
      int r,
      int j,
      int kConst,
      float[] mult,
      float[] bias,
      int col0,
      float[] rowScale,
      int row0) {
    float d = (float) (kConst - 2 * tile[r * P + j]);
    float s = rowScale == null ? 1f : rowScale[row0 + r];
    return Math.fma(d, mult[col0 + j] * s, bias[col0 + j]);
  }
}
