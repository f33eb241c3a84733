package bibench.operators.deploy;

/**
 * The fused calls of {@link PopcountGemm} done as a tile of popcounts for up to four rows
 * (computed by {@link #multiply}) followed by the vector epilogue, row by row. Used where a
 * micro-kernel cannot keep a whole 4 x 64 block in registers to convert it in place: vectors
 * narrower than 512 bits, and the carry-save kernels (one accumulator at a time). The float
 * operations are those of the fused and scalar paths, so the outputs agree bit for bit. The
 * conversion is a small part of the work here: these kernels spend several times more
 * instructions per popcount than a CPU with a vector popcount instruction does.
 */
abstract class TiledPopcountGemm implements PopcountGemm {
  private static final int CHUNK = 4;

  @Override
  public final void multiplyToFloat(
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
    for (int r0 = 0; r0 < rows; r0 += CHUNK) {
      int n = Math.min(CHUNK, rows - r0);
      multiply(a, aOff + r0 * lda, lda, n, panel, panelOff, kWords, 4, work, 0);
      for (int r = 0; r < n; r++) {
        int row = row0 + r0 + r;
        int kc = kOff + (r0 + r) * kStride;
        int o = outOff + (r0 + r) * outStride;
        if (colScale == null) {
          BinaryEpilogueVector.rowPlain(work, r * PANEL, PANEL, kt, kc, mult[row], bias[row], out,
              o);
        } else {
          BinaryEpilogueVector.rowScaled(work, r * PANEL, PANEL, kt, kc, mult[row], bias[row],
              colScale, colOff, out, o);
        }
      }
    }
  }

  @Override
  public final void multiplyToFloatBorder(
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
    int kRow = CHUNK * PANEL;
    for (int r0 = 0; r0 < rows; r0 += CHUNK) {
      int n = Math.min(CHUNK, rows - r0);
      multiply(a, aOff + r0 * lda, lda, n, panel, panelOff, kWords, 4, work, 0);
      for (int r = 0; r < n; r++) {
        int row = row0 + r0 + r;
        int t = row * 16;
        for (int j = 0; j < PANEL; j++) {
          work[kRow + j] = kCol[kOff + j] + table[t + cls[kOff + j]];
        }
        int o = outOff + (r0 + r) * outStride;
        if (colScale == null) {
          BinaryEpilogueVector.rowPlain(work, r * PANEL, PANEL, work, kRow, mult[row], bias[row],
              out, o);
        } else {
          BinaryEpilogueVector.rowScaled(work, r * PANEL, PANEL, work, kRow, mult[row], bias[row],
              colScale, colOff, out, o);
        }
      }
    }
  }

  @Override
  public final void multiplyToFloatColumns(
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
    for (int r0 = 0; r0 < rows; r0 += CHUNK) {
      int n = Math.min(CHUNK, rows - r0);
      multiply(a, aOff + r0 * lda, lda, n, panel, panelOff, kWords, 4, work, 0);
      for (int r = 0; r < n; r++) {
        float s = rowScale == null ? 1f : rowScale[row0 + r0 + r];
        BinaryEpilogueVector.rowColumns(work, r * PANEL, PANEL, kConst, mult, bias, col0, s, out,
            outOff + (r0 + r) * outStride);
      }
    }
  }
}
