package bibench.operators.deploy;

import java.util.Arrays;

/**
 * The per-sample work of {@link BinaryConv2dKernel}, panel by panel: bit im2col, the popcount
 * product (fused to floats for whole panels, through a tile at the ragged edge), exact border
 * windows (an in-register per-class lookup when there are at most 15 padding classes, else a
 * per-panel K tile), and packing of the output for the next binary layer. Owns one workspace per
 * participant so a {@link KernelThreads} team can split the panels.
 */
final class BinaryConvEngine {
  private final ConvShape shape;
  private final Im2colPlan plan;
  private final Backend backend;
  private final int[] weightBits;
  private final int cWords;
  private final int kWords;
  private final int reduction;
  private final int[] paddedOnes;
  private final int[] borderTable;
  private final float[] mult;
  private final float[] bias;
  private final int nextGroups;
  private final int nextWords;
  private final float[] nextThreshold;
  private final KernelThreads threads;
  private final int[][] panels;
  private final int[][] tiles;
  private final int[][] kTiles;
  private final float[][] floatTiles;
  private final int[][] works;
  private final KernelThreads.RangeTask task = this::panelRange;
  private int[] src;
  private int srcOff;
  private float[] colScale;
  private float[] out;
  private int outOff;
  private int[] bitsOut;
  private int bitsOutOff;

  BinaryConvEngine(
      Im2colPlan plan,
      Backend backend,
      int[] weightBits,
      float[] mult,
      float[] bias,
      int nextGroups,
      float[] nextThreshold,
      KernelThreads threads) {
    this.shape = plan.shape;
    this.plan = plan;
    this.backend = backend;
    this.weightBits = weightBits;
    this.cWords = BinaryWeights.words(shape.inPerGroup());
    this.kWords = shape.taps() * cWords;
    this.reduction = shape.reduction();
    this.paddedOnes = BinaryWeights.paddedOnes(weightBits, shape, plan);
    this.borderTable = plan.columnClass == null ? null : borderTable();
    this.mult = mult;
    this.bias = bias;
    this.nextGroups = nextGroups;
    this.nextWords = BinaryWeights.words(shape.outChannels() / nextGroups);
    this.nextThreshold = nextThreshold;
    this.threads = threads;
    int parts = threads == null ? 1 : threads.threads();
    int tile = shape.outChannels() * PopcountGemm.PANEL;
    panels = new int[parts][kWords * PopcountGemm.PANEL];
    tiles = new int[parts][tile];
    kTiles = new int[parts][tile];
    floatTiles = new float[parts][tile];
    works = new int[parts][PopcountGemm.WORK];
    for (int[] kt : kTiles) {
      Arrays.fill(kt, reduction);
    }
  }

  /**
   * One sample: packed input at {@code in[inOff..]}, per-column scale {@code cs} (or null), into
   * floats at {@code o[oOff..]} or, when {@code bits} is not null, packed bits at {@code
   * bits[bOff..]}.
   */
  void run(int[] in, int inOff, float[] cs, float[] o, int oOff, int[] bits, int bOff) {
    src = in;
    srcOff = inOff;
    colScale = cs;
    out = o;
    outOff = oOff;
    bitsOut = bits;
    bitsOutOff = bOff;
    if (threads == null) {
      panelRange(0, 0, plan.panels);
    } else {
      threads.run(plan.panels, task);
    }
  }

  private void panelRange(int part, int from, int to) {
    int[] panel = panels[part];
    int coutG = shape.outPerGroup();
    int planeSize = shape.inH() * shape.inW();
    int kStep = PopcountGemm.PANEL;
    for (int pn = from; pn < to; pn++) {
      int vecs = plan.vectorsIn(pn);
      int cols = plan.columnsIn(pn);
      int col0 = pn * PopcountGemm.PANEL;
      boolean fused = cols == PopcountGemm.PANEL;
      float[] dst = bitsOut == null ? out : floatTiles[part];
      int dstOff = bitsOut == null ? outOff + col0 : 0;
      int dstStride = bitsOut == null ? plan.columns : PopcountGemm.PANEL;
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
        backend.packing.im2col(src, srcOff + g * cWords * planeSize, planeSize, cWords, plan, pn,
            vecs, panel);
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
      if (bitsOut != null) {
        packOutput(floatTiles[part], col0, cols);
      }
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

  private void packOutput(float[] ft, int col0, int cols) {
    int coutG = shape.outChannels() / nextGroups;
    for (int g = 0; g < nextGroups; g++) {
      for (int cw = 0; cw < nextWords; cw++) {
        int c0 = g * coutG + cw * 32;
        backend.packing.packChannels(ft, c0 * PopcountGemm.PANEL, PopcountGemm.PANEL,
            Math.min(32, coutG - cw * 32), nextThreshold, c0, cols, bitsOut,
            bitsOutOff + (g * nextWords + cw) * plan.columns + col0);
      }
    }
  }
}
