package bibench.operators.deploy;

/**
 * The ternary (W1.58A1) weights of {@link BinaryConv2dKernel}: per panel and group, the masked
 * count {@code popcount((a ^ s) & m)} of {@link MaskedPopcount} and {@code dot = K - 2 * count}
 * with K per output channel and padding class ({@link TernaryBits#kTable}), so border windows
 * count their valid taps only, as in training.
 */
final class TernaryConvEngine extends ConvEngine {
  private final int[] weights;
  private final int[] kTable;
  private final int classes;
  private final int[] columnClass;
  private final TernaryPanel[] products;

  TernaryConvEngine(Im2colPlan plan, Backend backend, float[] trits, float[] mult, float[] bias, int nextGroups,
      float[] nextThreshold, KernelThreads threads) {
    super(plan, backend, mult, bias, nextGroups, nextThreshold, threads);
    weights = TernaryBits.packConv(trits, shape);
    kTable = TernaryBits.kTable(weights, shape, plan);
    classes = plan.classTaps.length + 1;
    columnClass = plan.columnClasses();
    products = new TernaryPanel[participants()];
    for (int i = 0; i < products.length; i++) {
      products[i] = new TernaryPanel(backend);
    }
  }

  @Override
  long weightBytes() {
    return 4L * weights.length;
  }

  @Override
  void panel(int part, int pn, float[] dst, int dstOff, int dstStride) {
    int coutG = shape.outPerGroup();
    int lda = 2 * kWords;
    for (int g = 0; g < shape.groups(); g++) {
      int[] panel = im2col(part, pn, g);
      int row0 = g * coutG;
      products[part].toFloat(weights, row0 * lda, lda, coutG, row0, panel, 0, kWords, plan.vectorsIn(pn),
          plan.columnsIn(pn), kTable, classes, columnClass, pn * PopcountGemm.PANEL, mult, bias, dst,
          dstOff + row0 * dstStride, dstStride);
    }
  }
}
