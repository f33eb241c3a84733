package bibench.operators.deploy;

import static jdk.incubator.vector.VectorOperators.GE;
import static jdk.incubator.vector.VectorOperators.I2F;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link BinaryEpilogue} with vectors of {@link VectorWidth}; partial vectors end in a masked
 * store. The row helpers are also the epilogue of the tiled popcount kernels.
 */
final class BinaryEpilogueVector implements BinaryEpilogue {
  private static final VectorSpecies<Integer> I = VectorWidth.INT;
  private static final VectorSpecies<Float> F = VectorWidth.FLOAT;
  private static final int L = VectorWidth.LANES;
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
      int o = outOff + r * outStride;
      if (colScale == null) {
        rowPlain(tile, r * P, cols, kCol, kColOff, mult[row0 + r], bias[row0 + r], out, o);
      } else {
        rowScaled(tile, r * P, cols, kCol, kColOff, mult[row0 + r], bias[row0 + r], colScale,
            colOff, out, o);
      }
    }
  }

  @Override
  public void row(int[] tile, int t, int cols, int[] kRow, int kOff, float mult, float bias, float[] out, int o) {
    rowPlain(tile, t, cols, kRow, kOff, mult, bias, out, o);
  }

  // One straight-line loop per case: a vector chosen by a branch would meet its alternative in a
  // Phi, and C2 boxes vectors there once both branches have run.

  /** One row: {@code out[o + j] = fma(kCol[kOff + j] - 2 * tile[t + j], mult, bias)}. */
  static void rowPlain(int[] tile, int t, int cols, int[] kCol, int kOff, float mult,
      float bias, float[] out, int o) {
    FloatVector m = FloatVector.broadcast(F, mult);
    FloatVector b = FloatVector.broadcast(F, bias);
    int j = 0;
    for (; j + L <= cols; j += L) {
      IntVector pc = IntVector.fromArray(I, tile, t + j);
      IntVector d = IntVector.fromArray(I, kCol, kOff + j).sub(pc.add(pc));
      ((FloatVector) d.convert(I2F, 0)).fma(m, b).intoArray(out, o + j);
    }
    if (j < cols) {
      IntVector pc = IntVector.fromArray(I, tile, t + j);
      IntVector d = IntVector.fromArray(I, kCol, kOff + j).sub(pc.add(pc));
      ((FloatVector) d.convert(I2F, 0)).fma(m, b).intoArray(out, o + j, F.indexInRange(j, cols));
    }
  }

  /** One row with a per-column scale: {@code fma(K - 2 pc, mult * colScale[c + j], bias)}. */
  static void rowScaled(int[] tile, int t, int cols, int[] kCol, int kOff, float mult,
      float bias, float[] colScale, int colOff, float[] out, int o) {
    FloatVector m = FloatVector.broadcast(F, mult);
    FloatVector b = FloatVector.broadcast(F, bias);
    int j = 0;
    for (; j + L <= cols; j += L) {
      IntVector pc = IntVector.fromArray(I, tile, t + j);
      IntVector d = IntVector.fromArray(I, kCol, kOff + j).sub(pc.add(pc));
      ((FloatVector) d.convert(I2F, 0))
          .fma(m.mul(FloatVector.fromArray(F, colScale, colOff + j)), b).intoArray(out, o + j);
    }
    if (j < cols) {
      IntVector pc = IntVector.fromArray(I, tile, t + j);
      IntVector d = IntVector.fromArray(I, kCol, kOff + j).sub(pc.add(pc));
      ((FloatVector) d.convert(I2F, 0))
          .fma(m.mul(FloatVector.fromArray(F, colScale, colOff + j)), b)
          .intoArray(out, o + j, F.indexInRange(j, cols));
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
      float s = rowScale == null ? 1f : rowScale[row0 + r];
      rowColumns(tile, r * P, cols, kConst, mult, bias, col0, s, out, outOff + r * outStride);
    }
  }

  /**
   * One row of the column form: {@code out[o + j] = fma(kConst - 2 * tile[t + j], mult[col0 + j]
   * * s, bias[col0 + j])}; s is 1 without a row scale ({@code x * 1f == x} exactly, and no branch
   * means no vector Phi).
   */
  static void rowColumns(int[] tile, int t, int cols, int kConst, float[] mult, float[] bias,
      int col0, float s, float[] out, int o) {
    IntVector kc = IntVector.broadcast(I, kConst);
    int j = 0;
    for (; j + L <= cols; j += L) {
      IntVector pc = IntVector.fromArray(I, tile, t + j);
      ((FloatVector) kc.sub(pc.add(pc)).convert(I2F, 0))
          .fma(FloatVector.fromArray(F, mult, col0 + j).mul(s),
              FloatVector.fromArray(F, bias, col0 + j))
          .intoArray(out, o + j);
    }
    if (j < cols) {
      IntVector pc = IntVector.fromArray(I, tile, t + j);
      ((FloatVector) kc.sub(pc.add(pc)).convert(I2F, 0))
          .fma(FloatVector.fromArray(F, mult, col0 + j).mul(s),
              FloatVector.fromArray(F, bias, col0 + j))
          .intoArray(out, o + j, F.indexInRange(j, cols));
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
      float s = rowScale == null ? 1f : rowScale[row0 + r];
      for (int j0 = 0; j0 < cols; j0 += 32) {
        long word = 0;
        for (int v = 0; v < 32 && j0 + v < cols; v += L) {
          word |= bits(tile, r * P + j0 + v, kConst, mult, bias, thr, col0 + j0 + v, s) << v;
        }
        int valid = Math.min(32, cols - j0);
        if (valid < 32) {
          word &= (1L << valid) - 1;
        }
        out[outOff + r * outStride + (col0 + j0) / 32] = (int) word;
      }
    }
  }

  /** L output bits as the low bits of a long; only ints and arrays cross this call. */
  private static long bits(
      int[] tile,
      int at,
      int kConst,
      float[] mult,
      float[] bias,
      float[] thr,
      int col,
      float s) {
    IntVector pc = IntVector.fromArray(I, tile, at);
    FloatVector f =
        ((FloatVector) IntVector.broadcast(I, kConst).sub(pc.add(pc)).convert(I2F, 0))
            .fma(FloatVector.fromArray(F, mult, col).mul(s), FloatVector.fromArray(F, bias, col));
    return f.compare(GE, FloatVector.fromArray(F, thr, col)).toLong();
  }
}
