package bibench.operators.deploy;

/**
 * Our FP32 reference convolution: float im2col into 64-column panels, {@link FloatGemm}'s FMA
 * micro-kernel with the weights as broadcast rows, then bias and an optional ReLU in the same pass
 * (a BatchNorm before the ReLU folds into the weights and bias). Same geometry, layouts (NCHW) and
 * exact zero padding as {@link BinaryConv2dKernel}, so the two compare layer for layer.
 *
 * <p>Build with {@link #builder()}; calls allocate nothing; not thread-safe.
 */
public final class FloatConv2dKernel {
  private final ConvShape shape;
  private final Im2colPlan plan;
  private final Backend backend;
  private final float[] weights;
  private final float[] bias;
  private final boolean relu;
  private final int maxBatch;
  private final KernelThreads threads;
  private final float[][] panels;
  private final float[][] tiles;
  private final KernelThreads.RangeTask task = this::panelRange;
  private float[] in;
  private int inOff;
  private float[] out;
  private int outOff;

  private FloatConv2dKernel(Builder b, ConvShape s) {
    shape = s;
    plan = new Im2colPlan(s);
    backend = Backend.fp32(b.path);
    weights = b.weights.clone();
    bias = b.bias == null ? new float[s.outChannels()] : b.bias.clone();
    relu = b.relu;
    maxBatch = b.maxBatch;
    threads = b.threads;
    int parts = threads == null ? 1 : threads.threads();
    panels = new float[parts][FloatGemm.K_BLOCK * PopcountGemm.PANEL];
    tiles = new float[parts][s.outChannels() * PopcountGemm.PANEL];
  }

  /** A builder: the geometry of {@link ConvLayerBuilder} plus an optional bias. */
  public static Builder builder() {
    return new Builder();
  }

  /** Float NCHW in, float NCHW out. */
  public void forward(float[] input, int batch, float[] output) {
    if (batch < 1 || batch > maxBatch) {
      throw new IllegalArgumentException("batch " + batch + " is outside 1.." + maxBatch);
    }
    if (input.length < batch * shape.inputSize() || output.length < batch * shape.outputSize()) {
      throw new IllegalArgumentException("input or output is too short for batch " + batch);
    }
    for (int n = 0; n < batch; n++) {
      in = input;
      inOff = n * shape.inputSize();
      out = output;
      outOff = n * shape.outputSize();
      if (threads == null) {
        panelRange(0, 0, plan.panels);
      } else {
        threads.run(plan.panels, task);
      }
    }
  }

  /** Floats of an output batch. */
  public int outputLength(int batch) {
    return batch * shape.outputSize();
  }

  /** The geometry. */
  public ConvShape shape() {
    return shape;
  }

  /** The path this kernel runs. */
  public KernelPath path() {
    return backend.path;
  }

  private void panelRange(int part, int from, int to) {
    float[] panel = panels[part];
    float[] tile = tiles[part];
    int reduction = shape.reduction();
    int coutG = shape.outPerGroup();
    int plane = shape.inH() * shape.inW();
    for (int pn = from; pn < to; pn++) {
      int vecs = plan.vectorsIn(pn);
      for (int g = 0; g < shape.groups(); g++) {
        int groupIn = inOff + g * shape.inPerGroup() * plane;
        for (int kb = 0; kb < reduction; kb += FloatGemm.K_BLOCK) {
          int kc = Math.min(FloatGemm.K_BLOCK, reduction - kb);
          backend.floatGemm.im2col(in, groupIn, plane, plan, pn, vecs, kb, kc, panel);
          backend.floatGemm.multiply(weights, g * coutG * reduction + kb, reduction, coutG, panel,
              0, kc, vecs, tile, g * coutG * PopcountGemm.PANEL, PopcountGemm.PANEL, kb > 0);
        }
      }
      int col0 = pn * PopcountGemm.PANEL;
      int cols = plan.columnsIn(pn);
      for (int o = 0; o < shape.outChannels(); o++) {
        float b = bias[o];
        int dst = outOff + o * plan.columns + col0;
        int src = o * PopcountGemm.PANEL;
        if (relu) {
          for (int j = 0; j < cols; j++) {
            out[dst + j] = Math.max(0f, tile[src + j] + b);
          }
        } else {
          for (int j = 0; j < cols; j++) {
            out[dst + j] = tile[src + j] + b;
          }
        }
      }
    }
  }

  /** Settings of a {@link FloatConv2dKernel}. */
  public static final class Builder extends ConvLayerBuilder<Builder> {
    float[] bias;
    boolean relu;

    Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** Optional: per-output-channel bias (default 0). */
    public Builder optBias(float[] bias) {
      this.bias = bias;
      return this;
    }

    /** Optional: apply ReLU to the output, fused into the bias pass (default off). */
    public Builder optRelu(boolean on) {
      this.relu = on;
      return this;
    }

    /** Builds the kernel. */
    public FloatConv2dKernel build() {
      ConvShape s = checkedShape();
      checkLength("bias", bias, s.outChannels(), "one per output channel");
      return new FloatConv2dKernel(this, s);
    }
  }
}
