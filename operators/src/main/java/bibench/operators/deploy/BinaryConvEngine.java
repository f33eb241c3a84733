package bibench.operators.deploy;

import java.util.Arrays;

/**
 * The binary (W1A1) weights of {@link BinaryConv2dKernel}, panel by panel: the popcount product
 * (fused to floats for whole panels, through a tile at the ragged edge) and exact border windows
 * (an in-register per-class lookup when there are at most 15 padding classes, else a per-panel K
 * tile). The panel loop, im2col and output packing are {@link ConvEngine}'s.
 */
class BinaryConvEngine extends ConvEngine {
  private final int[] weightBits;
  private final int reduction;
  private final int[] paddedOnes;
  private final int[] borderTable;
  private final int[][] tiles;
  private final int[][] kTiles;
  private final int[][] works;

  BinaryConvEngine(
      Im2colPlan plan,
      Backend backend,
      int[] weightBits,
      float[] mult,
      float[] bias,
      int nextGroups,
      float[] nextThreshold,
      KernelThreads threads) {
    super(plan, backend, mult, bias, nextGroups, nextThreshold, threads);
    this.weightBits = weightBits;
    this.reduction = shape.reduction();
    this.paddedOnes = BinaryWeights.paddedOnes(weightBits, shape, plan);
    this.borderTable = plan.columnClass == null ? null : borderTable();
    int parts = participants();
    int tile = shape.outChannels() * PopcountGemm.PANEL;
    tiles = new int[parts][tile];
    kTiles = new int[parts][tile];
    works = new int[parts][PopcountGemm.WORK];
    for (int[] kt : kTiles) {
      Arrays.fill(kt, reduction);
    }
  }

  @Override
  long weightBytes() {
    return 4L * weightBits.length;
  }

  @Override
  void panel(int part, int pn, float[] dst, int dstOff, int dstStride) {
    int coutG = shape.outPerGroup();
    int kStep = PopcountGemm.PANEL;
    int vecs = plan.vectorsIn(pn);
    int cols = plan.columnsIn(pn);
    int col0 = pn * PopcountGemm.PANEL;
    boolean fused = cols == PopcountGemm.PANEL;
    int[] kt = plan.validK;
    int kOff = col0;
    int kStride = 0;
    boolean border = plan.borderStart[pn] < plan.borderStart[pn + 1];
    boolean lookup = fused && border && borderTable != null;
    if (fused && border && !lookup) {
      kt = kTiles[part];
      kOff = 0;
      kStride = kStep;
      setBorderK(pn, kt, true);
    }
    for (int g = 0; g < shape.groups(); g++) {
      int[] panel = im2col(part, pn, g);
      int row0 = g * coutG;
      if (lookup) {
        backend.gemm.multiplyToFloatBorder(weightBits, row0 * kWords, kWords, coutG, panel, 0,
            kWords, plan.validK, col0, plan.columnClass, borderTable, mult, bias, row0,
            colScale, col0, dst, dstOff + row0 * dstStride, dstStride, works[part]);
      } else if (fused) {
        backend.gemm.multiplyToFloat(weightBits, row0 * kWords, kWords, coutG, panel, 0, kWords,
            kt, kOff + row0 * kStride, kStride, mult, bias, row0, colScale, col0, dst,
            dstOff + row0 * dstStride, dstStride, works[part]);
      } else {
        backend.gemm.multiply(weightBits, row0 * kWords, kWords, coutG, panel, 0, kWords, vecs,
            tiles[part], row0 * PopcountGemm.PANEL);
      }
    }
    if (fused && border && !lookup) {
      setBorderK(pn, kt, false);
    }
    if (!fused) {
      fixBorders(pn, tiles[part]);
      backend.epilogue.rowsToFloat(tiles[part], shape.outChannels(), cols, plan.validK, col0,
          mult, bias, 0, colScale, col0, dst, dstOff, dstStride);
    }
  }

  /**
   * Per output channel, 16 entries: entry {@code 1 + class} is twice the weight's 1 bits under the
   * class's padded taps (padded pixels are packed as 0, which adds those bits to the popcount);
   * entry 0 is 0. With {@code validK} this makes {@code K' - 2 * popcount} the exact dot product.
   */
  private int[] borderTable() {
    int cout = shape.outChannels();
    int[] table = new int[cout * 16];
    for (int cls = 0; cls < plan.classTaps.length; cls++) {
      for (int o = 0; o < cout; o++) {
        table[o * 16 + cls + 1] = 2 * paddedOnes[cls * cout + o];
      }
    }
    return table;
  }

  /**
   * Sets (or resets to K) the border entries of a panel's K tile. Away from the border every
   * element's K is the full K, so the tile holds K everywhere else and only border windows change:
   * {@code validK[p] + 2 * paddedOnes[class(p)][o]}, which makes {@code K - 2 * popcount} the exact
   * dot product over valid taps (padded pixels are packed as 0 and add the weight's 1 bits).
   */
  private void setBorderK(int pn, int[] kt, boolean set) {
    int cout = shape.outChannels();
    for (int e = plan.borderStart[pn]; e < plan.borderStart[pn + 1]; e++) {
      int j = plan.borderColumn[e];
      int base = plan.borderClass[e] * cout;
      int valid = plan.validK[pn * PopcountGemm.PANEL + j];
      for (int o = 0; o < cout; o++) {
        kt[o * PopcountGemm.PANEL + j] = set ? valid + 2 * paddedOnes[base + o] : reduction;
      }
    }
  }

  /** Removes the weight bits that padded taps added, so border windows count valid taps only. */
  private void fixBorders(int pn, int[] tile) {
    int cout = shape.outChannels();
    for (int e = plan.borderStart[pn]; e < plan.borderStart[pn + 1]; e++) {
      int j = plan.borderColumn[e];
      int base = plan.borderClass[e] * cout;
      for (int o = 0; o < cout; o++) {
        tile[o * PopcountGemm.PANEL + j] -= paddedOnes[base + o];
      }
    }
  }
}
