package bibench.operators.deploy;

/**
 * The per-sample work of a convolution over packed 1-bit activations ({@link BinaryConv2dKernel}),
 * panel by panel of 64 output positions: the parts every weight format shares. It hands each panel
 * to {@link #panel} (bit im2col and the product of one weight format: binary, ternary or partially
 * binary), which writes floats, and packs them for the next binary layer when asked. Owns one
 * workspace per participant so a {@link KernelThreads} team can split the panels.
 */
abstract class ConvEngine {
  final ConvShape shape;
  final Im2colPlan plan;
  final Backend backend;
  final int cWords;
  final int kWords;
  final float[] mult;
  final float[] bias;
  private final int nextGroups;
  private final int nextWords;
  private final float[] nextThreshold;
  private final KernelThreads threads;
  private final int[][] panels;
  private final float[][] floatTiles;
  private final KernelThreads.RangeTask task = this::panelRange;
  private int[] src;
  private int srcOff;
  private float[] out;
  private int outOff;
  private int[] bitsOut;
  private int bitsOutOff;
  /** The per-column scale of the sample being run, or null. */
  float[] colScale;

  ConvEngine(Im2colPlan plan, Backend backend, float[] mult, float[] bias, int nextGroups, float[] nextThreshold,
      KernelThreads threads) {
    this.shape = plan.shape;
    this.plan = plan;
    this.backend = backend;
    this.cWords = BinaryWeights.words(shape.inPerGroup());
    this.kWords = shape.taps() * cWords;
    this.mult = mult;
    this.bias = bias;
    this.nextGroups = nextGroups;
    this.nextWords = BinaryWeights.words(shape.outChannels() / nextGroups);
    this.nextThreshold = nextThreshold;
    this.threads = threads;
    int parts = participants();
    panels = new int[parts][kWords * PopcountGemm.PANEL];
    floatTiles = new float[parts][shape.outChannels() * PopcountGemm.PANEL];
  }

  /** Workspaces needed: one per thread of the team. */
  final int participants() {
    return threads == null ? 1 : threads.threads();
  }

  /**
   * The products of panel {@code pn} for every group, as floats at {@code dst[dstOff + o *
   * dstStride + j]} for output channel o and column j of the panel.
   */
  abstract void panel(int part, int pn, float[] dst, int dstOff, int dstStride);

  /** Bytes of the weights as this format keeps them. */
  abstract long weightBytes();

  /** The participant's bit panel: after {@link #im2col}, that group's activation bits. */
  final int[] panelOf(int part) {
    return panels[part];
  }

  /** The bit im2col of group {@code g} of panel {@code pn} into the participant's panel; returns it. */
  final int[] im2col(int part, int pn, int g) {
    int planeSize = shape.inH() * shape.inW();
    backend.packing.im2col(src, srcOff + g * cWords * planeSize, planeSize, cWords, plan, pn, plan.vectorsIn(pn),
        panels[part]);
    return panels[part];
  }

  /**
   * One sample: packed input at {@code in[inOff..]}, per-column scale {@code cs} (or null), into
   * floats at {@code o[oOff..]} or, when {@code bits} is not null, packed bits at {@code
   * bits[bOff..]}.
   */
  final void run(int[] in, int inOff, float[] cs, float[] o, int oOff, int[] bits, int bOff) {
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
    for (int pn = from; pn < to; pn++) {
      int col0 = pn * PopcountGemm.PANEL;
      if (bitsOut == null) {
        panel(part, pn, out, outOff + col0, plan.columns);
      } else {
        panel(part, pn, floatTiles[part], 0, PopcountGemm.PANEL);
        packOutput(floatTiles[part], col0, plan.columnsIn(pn));
      }
    }
  }

  private void packOutput(float[] ft, int col0, int cols) {
    int coutG = shape.outChannels() / nextGroups;
    for (int g = 0; g < nextGroups; g++) {
      for (int cw = 0; cw < nextWords; cw++) {
        int c0 = g * coutG + cw * 32;
        backend.packing.packChannels(ft, c0 * PopcountGemm.PANEL, PopcountGemm.PANEL, Math.min(32, coutG - cw * 32),
            nextThreshold, c0, cols, bitsOut, bitsOutOff + (g * nextWords + cw) * plan.columns + col0);
      }
    }
  }
}
