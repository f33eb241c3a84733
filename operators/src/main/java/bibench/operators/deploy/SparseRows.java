package bibench.operators.deploy;

/**
 * The sparse full-precision part of a partially binarized layer (PB-LLM): for each output row, a
 * short list of salient weights whose products with the +-1 activations are added to the binary
 * kernel's float output. The activations are read from the same bit panel the popcount product
 * used (word k of column j at {@code panel[panelOff + k * 64 + j]}).
 *
 * <p>Entry e of row r ({@code rowStart[r] <= e < rowStart[r + 1]}) is three ints at {@code
 * entries[3e..]}: the panel offset {@code 64 * k} of its reduction word, {@code 31 - b} for its bit
 * b, and the raw bits of {@code -c}, c being its correction. Its product with activation bit x is
 * {@code (x == 1 ? c : -c)}, made by moving x into the sign bit of {@code -c}. Per column j:
 * {@code out[outOff + r * outStride + j] += sum_e (+-c_e) + fix[r * classes + cls[clsOff + j]]}, the
 * sum taken in entry order on every path (so the outputs are identical bit for bit); {@code fix}
 * puts back what padded taps (0 bits, but 0 activations in training) took away.
 */
interface SparseRows {

  /**
   * Adds the corrections of rows {@code row0 .. row0 + rows - 1} to the first {@code cols} columns
   * of a panel; {@code sums} is a workspace of {@link PopcountGemm#PANEL} floats.
   */
  void add(int[] rowStart, int[] entries, int row0, int rows, int[] panel, int panelOff, int cols, float[] fix,
      int classes, int[] cls, int clsOff, float[] out, int outOff, int outStride, float[] sums);

  /** The scalar sum of row r's entries for column j of the panel, as every path computes it. */
  static float sum(int[] rowStart, int[] entries, int r, int[] panel, int at) {
    float acc = 0f;
    for (int e = rowStart[r]; e < rowStart[r + 1]; e++) {
      int x = panel[at + entries[3 * e]] << entries[3 * e + 1];
      acc += Float.intBitsToFloat(entries[3 * e + 2] ^ (x & 0x8000_0000));
    }
    return acc;
  }

  /** Adds the row sums and the padding fix of row r to the output. */
  static void addSums(float[] sums, int cols, float[] fix, int fixRow, int[] cls, int clsOff, float[] out,
      int o) {
    for (int j = 0; j < cols; j++) {
      out[o + j] += sums[j] + fix[fixRow + cls[clsOff + j]];
    }
  }
}
