package bibench.operators.deploy;

/**
 * The inner loop of {@link Int8TernaryGemm}: one row of ternary weights against a block of int8
 * activation columns, by additions only. The row is two lists of reduction offsets, where its
 * weight is +1 and where it is -1 (0 weights are skipped); the activations of reduction step k are
 * {@link #block()} consecutive int16 values at {@code x[base + k * block() ..]}. The result is the
 * exact integer dot product per column, in {@code acc[0 .. block())}.
 */
interface Int8TernaryRows {
  /**
   * Entries summed in 16 bits before they are widened: 127 +1 entries and 127 -1 entries of
   * int8 values stay within {@code 254 * 128 = 32512 < 32767}.
   */
  int CHUNK = 127;

  /** Columns of one block. */
  int block();

  /** {@code acc[j] = sum x[base + plus[p] + j] - sum x[base + minus[q] + j]} over the two ranges. */
  void row(short[] x, int base, int[] plus, int p0, int p1, int[] minus, int n0, int n1, int[] acc);
}
