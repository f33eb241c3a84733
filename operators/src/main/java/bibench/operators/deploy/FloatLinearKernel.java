package bibench.operators.deploy;

import bibench.BadInputException;

/**
 * Our FP32 reference linear layer, {@code out = x W^T + bias} over {@code [batch][in]}: weights
 * transposed into panels of 64 outputs once, samples as the broadcast rows of {@link FloatGemm}'s
 * FMA micro-kernel. Calls allocate nothing; not thread-safe.
 */
public final class FloatLinearKernel {
  private static final int ROWS = 32;
  private final int in;
  private final int outFeatures;
  private final int maxBatch;
  private final Backend backend;
  private final float[] weightPanels;
  private final float[] bias;
  private final float[] tile = new float[ROWS * PopcountGemm.PANEL];

  private FloatLinearKernel(int in, int out, int maxBatch, float[] w, float[] bias, KernelPath p) {
    this.in = in;
    this.outFeatures = out;
    this.maxBatch = maxBatch;
    this.backend = Backend.fp32(p);
    float[] transposed = new float[in * out];
    for (int o = 0; o < out; o++) {
      for (int i = 0; i < in; i++) {
        transposed[i * out + o] = w[o * in + i];
      }
    }
    this.weightPanels = new float[FloatGemm.panelLength(out, in)];
    FloatGemm.toPanels(transposed, in, out, weightPanels);
    this.bias = bias == null ? new float[out] : bias.clone();
  }

  /** A builder with {@code setX} required and {@code optX} optional settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** Float {@code [batch][in]} in, float {@code [batch][out]} out. */
  public void forward(float[] input, int batch, float[] output) {
    if (batch < 1 || batch > maxBatch) {
      throw new IllegalArgumentException("batch " + batch + " is outside 1.." + maxBatch);
    }
    if (input.length < batch * in || output.length < batch * outFeatures) {
      throw new IllegalArgumentException("input or output is too short for batch " + batch);
    }
    int panelCount = (outFeatures + PopcountGemm.PANEL - 1) / PopcountGemm.PANEL;
    for (int pn = 0; pn < panelCount; pn++) {
      int col0 = pn * PopcountGemm.PANEL;
      int cols = Math.min(PopcountGemm.PANEL, outFeatures - col0);
      int vecs = (cols + PopcountGemm.LANES - 1) / PopcountGemm.LANES;
      for (int r0 = 0; r0 < batch; r0 += ROWS) {
        int rows = Math.min(ROWS, batch - r0);
        for (int kb = 0; kb < in; kb += FloatGemm.K_BLOCK) {
          backend.floatGemm.multiply(input, r0 * in + kb, in, rows, weightPanels,
              (pn * in + kb) * PopcountGemm.PANEL, Math.min(FloatGemm.K_BLOCK, in - kb), vecs,
              tile, 0, PopcountGemm.PANEL, kb > 0);
        }
        for (int r = 0; r < rows; r++) {
          int dst = (r0 + r) * outFeatures + col0;
          for (int j = 0; j < cols; j++) {
            output[dst + j] = tile[r * PopcountGemm.PANEL + j] + bias[col0 + j];
          }
        }
      }
    }
  }

  /** The path this kernel runs. */
  public KernelPath path() {
    return backend.path;
  }

  /** Settings of a {@link FloatLinearKernel}. */
  public static final class Builder {
    private int in;
    private int out;
    private int maxBatch;
    private float[] weights;
    private float[] bias;
    private KernelPath path;

    Builder() {}

    /** Required: input and output features. */
    public Builder setFeatures(int in, int out) {
      this.in = in;
      this.out = out;
      return this;
    }

    /** Required: the largest batch a call may pass. */
    public Builder setMaxBatch(int maxBatch) {
      this.maxBatch = maxBatch;
      return this;
    }

    /** Required: weights {@code [out][in]} row-major. */
    public Builder setWeights(float[] weights) {
      this.weights = weights;
      return this;
    }

    /** Optional: per-output bias (default 0). */
    public Builder optBias(float[] bias) {
      this.bias = bias;
      return this;
    }

    /** Optional: force a kernel path instead of {@link KernelSelection#resolve()}. */
    public Builder optPath(KernelPath path) {
      this.path = path;
      return this;
    }

    /** Builds the kernel. */
    public FloatLinearKernel build() {
      ConvLayerBuilder.require(in != 0 || out != 0, "setFeatures(in, out)");
      ConvLayerBuilder.require(maxBatch != 0, "setMaxBatch(n)");
      ConvLayerBuilder.require(weights != null, "setWeights(float[])");
      if (in < 1 || out < 1 || maxBatch < 1) {
        throw new BadInputException("features and max batch must be 1 or more, got in=" + in
            + " out=" + out + " maxBatch=" + maxBatch, "use positive sizes");
      }
      ConvLayerBuilder.checkLength("weights", weights, in * out, "[out][in]");
      ConvLayerBuilder.checkLength("bias", bias, out, "one per output");
      return new FloatLinearKernel(in, out, maxBatch, weights, bias, path);
    }
  }
}
