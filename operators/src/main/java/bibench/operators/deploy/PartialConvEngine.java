package bibench.operators.deploy;

/**
 * The partially binarized (PB-LLM) weights of {@link BinaryConv2dKernel}: the binary engine's
 * product over every weight's sign, then, on the same bit panel, the sparse FP32 correction of the
 * salient weights ({@link SalientWeights}, {@link SparseRows}) added to the panel's floats before
 * they are stored or packed for the next layer.
 */
final class PartialConvEngine extends BinaryConvEngine {
  private final SalientWeights salient;
  private final float[][] sums;

  PartialConvEngine(Im2colPlan plan, Backend backend, int[] weightBits, float[] mult, float[] bias, int nextGroups,
      float[] nextThreshold, KernelThreads threads, SalientWeights salient) {
    super(plan, backend, weightBits, mult, bias, nextGroups, nextThreshold, threads);
    this.salient = salient;
    this.sums = new float[participants()][PopcountGemm.PANEL];
  }

  @Override
  long weightBytes() {
    return super.weightBytes() + salient.bytes();
  }

  @Override
  void panel(int part, int pn, float[] dst, int dstOff, int dstStride) {
    super.panel(part, pn, dst, dstOff, dstStride);
    int coutG = shape.outPerGroup();
    for (int g = 0; g < shape.groups(); g++) {
      int[] panel = shape.groups() == 1 ? panelOf(part) : im2col(part, pn, g);
      backend.sparse.add(salient.rowStart, salient.entries, g * coutG, coutG, panel, 0, plan.columnsIn(pn),
          salient.fix, salient.classes, salient.columnClass, pn * PopcountGemm.PANEL, dst,
          dstOff + g * coutG * dstStride, dstStride, sums[part]);
    }
  }
}
