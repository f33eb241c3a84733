package bibench.operators.deploy;

import static jdk.incubator.vector.VectorOperators.AND;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.XOR;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link SparseRows} with vectors of {@link VectorWidth}: four vectors of columns at a time (one
 * read of each entry for all four), per entry and vector a load, a shift, an AND, an XOR and an add
 * (the +-c of every column at once); then single vectors; the columns past the last whole vector
 * take the scalar sum, which does the same float operations.
 */
final class SparseRowsVector implements SparseRows {
  private static final VectorSpecies<Integer> I = VectorWidth.INT;
  private static final VectorSpecies<Float> F = VectorWidth.FLOAT;
  private static final int L = VectorWidth.LANES;
  private static final int SIGN = 0x8000_0000;

  @Override
  public void add(int[] rowStart, int[] entries, int row0, int rows, int[] panel, int panelOff, int cols,
      float[] fix, int classes, int[] cls, int clsOff, float[] out, int outOff, int outStride, float[] sums) {
    for (int r = 0; r < rows; r++) {
      int row = row0 + r;
      int j = 0;
      for (; j + 4 * L <= cols; j += 4 * L) {
        columns4(rowStart[row], rowStart[row + 1], entries, panel, panelOff + j, sums, j);
      }
      for (; j + L <= cols; j += L) {
        column(rowStart[row], rowStart[row + 1], entries, panel, panelOff + j, sums, j);
      }
      for (; j < cols; j++) {
        sums[j] = SparseRows.sum(rowStart, entries, row, panel, panelOff + j);
      }
      SparseRows.addSums(sums, cols, fix, row * classes, cls, clsOff, out, outOff + r * outStride);
    }
  }

  private static void columns4(int from, int to, int[] entries, int[] panel, int at, float[] sums, int j) {
    FloatVector acc0 = FloatVector.zero(F);
    FloatVector acc1 = acc0;
    FloatVector acc2 = acc0;
    FloatVector acc3 = acc0;
    for (int e = from; e < to; e++) {
      int o = at + entries[3 * e];
      int shift = entries[3 * e + 1];
      int c = entries[3 * e + 2];
      acc0 = acc0.add(IntVector.fromArray(I, panel, o).lanewise(LSHL, shift).lanewise(AND, SIGN).lanewise(XOR, c)
          .reinterpretAsFloats());
      acc1 = acc1.add(IntVector.fromArray(I, panel, o + L).lanewise(LSHL, shift).lanewise(AND, SIGN)
          .lanewise(XOR, c).reinterpretAsFloats());
      acc2 = acc2.add(IntVector.fromArray(I, panel, o + 2 * L).lanewise(LSHL, shift).lanewise(AND, SIGN)
          .lanewise(XOR, c).reinterpretAsFloats());
      acc3 = acc3.add(IntVector.fromArray(I, panel, o + 3 * L).lanewise(LSHL, shift).lanewise(AND, SIGN)
          .lanewise(XOR, c).reinterpretAsFloats());
    }
    acc0.intoArray(sums, j);
    acc1.intoArray(sums, j + L);
    acc2.intoArray(sums, j + 2 * L);
    acc3.intoArray(sums, j + 3 * L);
  }

  private static void column(int from, int to, int[] entries, int[] panel, int at, float[] sums, int j) {
    FloatVector acc = FloatVector.zero(F);
    for (int e = from; e < to; e++) {
      IntVector x = IntVector.fromArray(I, panel, at + entries[3 * e]).lanewise(LSHL, entries[3 * e + 1])
          .lanewise(AND, 0x8000_0000).lanewise(XOR, entries[3 * e + 2]);
      acc = acc.add(x.reinterpretAsFloats());
    }
    acc.intoArray(sums, j);
  }
}
