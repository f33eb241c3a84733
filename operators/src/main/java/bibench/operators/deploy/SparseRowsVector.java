package bibench.operators.deploy;

import static jdk.incubator.vector.VectorOperators.AND;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.XOR;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link SparseRows} with vectors of {@link VectorWidth}: one vector of columns at a time, per
 * entry a load, a shift, an AND, an XOR and an add (the +-c of every column at once); the columns
 * past the last whole vector take the scalar sum, which does the same float operations.
 */
final class SparseRowsVector implements SparseRows {
  private static final VectorSpecies<Integer> I = VectorWidth.INT;
  private static final VectorSpecies<Float> F = VectorWidth.FLOAT;
  private static final int L = VectorWidth.LANES;

  @Override
  public void add(int[] rowStart, int[] entries, int row0, int rows, int[] panel, int panelOff, int cols,
      float[] fix, int classes, int[] cls, int clsOff, float[] out, int outOff, int outStride, float[] sums) {
    for (int r = 0; r < rows; r++) {
      int row = row0 + r;
      int j = 0;
      for (; j + L <= cols; j += L) {
        column(rowStart[row], rowStart[row + 1], entries, panel, panelOff + j, sums, j);
      }
      for (; j < cols; j++) {
        sums[j] = SparseRows.sum(rowStart, entries, row, panel, panelOff + j);
      }
      SparseRows.addSums(sums, cols, fix, row * classes, cls, clsOff, out, outOff + r * outStride);
    }
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
