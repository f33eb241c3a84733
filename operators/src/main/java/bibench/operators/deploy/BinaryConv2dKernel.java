package bibench.operators.deploy;

import java.util.Arrays;

/**
 * A deployed binarized 2-D convolution (W1A1): XNOR and popcount over bit-packed signs, with the
 * folded per-channel multiplier and bias, exact zero padding, stride, dilation and groups.
 *
 * <p>Per output element: {@code dot = sum over valid taps of sign(x + theta) * sign(w)} (sign(0) =
 * +1; padded pixels are 0 and count nothing, as in training), then {@code out = fma((float) dot,
 * mult[o] * s, bias[o])} where {@code s} is the product of the scales that cannot fold: XNOR-Net's
 * per-sample {@code beta = mean(|X|)} of the float input and XNOR++'s {@code h[y] * w[x]} ({@code
 * s = beta * (h[y] * w[x])}; without either there is no multiply, {@code fma(dot, mult, bias)}).
 * The multiplier and bias carry everything per output channel (alpha, XNOR++'s o, BatchNorm).
 *
 * <p>Layouts: float input {@code [N][C_in][H][W]}, float output {@code [N][C_out][outH][outW]}.
 * Packed input {@code [N][groups][ceil(C_in/groups/32)][H][W]} ints, bit b of word cw holding
 * channel {@code cw * 32 + b} of the group (1 for +1). Packed output has the same layout for the
 * next layer, with its groups and thresholds (see {@link Builder#optPackedOutput}), so binary layers
 * chain without unpacking.
 *
 * <p>Build once with {@link #builder()}; calls allocate nothing. An instance is not thread-safe;
 * give it a {@link KernelThreads} team to split one call over threads.
 */
public final class BinaryConv2dKernel implements BinaryKernel {
  private final ConvShape shape;
  private final Im2colPlan plan;
  private final Backend backend;
  private final int cWords;
  private final float[] threshold;
  private final boolean xnorScale;
  private final float[] spatial;
  private final int nextGroups;
  private final int nextWords;
  private final ConvEngine engine;
  private final int maxBatch;
  private final KernelStorage storage;
  private final int[] packedSample;
  private final float[] sampleScale;
  private final float[] scratch = new float[16];

  private BinaryConv2dKernel(Builder b, ConvShape s) {
    shape = s;
    plan = new Im2colPlan(s);
    backend = Backend.binary(b.path);
    cWords = BinaryWeights.words(s.inPerGroup());
    threshold = negated(b.theta, s.inChannels());
    xnorScale = b.xnorScale;
    spatial = b.spatialH == null ? null : spatialMap(b.spatialH, b.spatialW);
    nextGroups = b.nextGroups;
    nextWords = BinaryWeights.words(s.outChannels() / nextGroups);
    maxBatch = b.maxBatch;
    packedSample = new int[packedInputLength(1)];
    sampleScale = new float[plan.paddedColumns];
    float[] mult = b.multiplier == null ? filled(s.outChannels(), 1f) : b.multiplier.clone();
    float[] bias = b.bias == null ? new float[s.outChannels()] : b.bias.clone();
    float[] nextThreshold = negated(b.nextTheta, s.outChannels());
    engine = switch (b.format) {
      case BINARY -> new BinaryConvEngine(plan, backend, BinaryWeights.packConv(b.weights, s), mult, bias,
          nextGroups, nextThreshold, b.threads);
      case TERNARY -> new TernaryConvEngine(plan, backend, b.weights, mult, bias, nextGroups, nextThreshold,
          b.threads);
      case PARTIAL -> new PartialConvEngine(plan, backend, BinaryWeights.packConv(b.weights, s), mult, bias,
          nextGroups, nextThreshold, b.threads, SalientWeights.conv(b.weights, b.salientIndex, b.salientValue, mult,
              s, plan));
    };
    long floats = (b.multiplier == null ? 0 : s.outChannels()) + (b.bias == null ? 0 : s.outChannels());
    floats += (b.theta == null ? 0 : s.inChannels()) + (spatial == null ? 0 : s.outH() + s.outW());
    storage =
        new KernelStorage(engine.weightBytes(), 4L * floats,
            4L * ((long) s.outChannels() * s.reduction() + s.outChannels()));
  }

  /** A builder; see {@link Builder} for the settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** Float NCHW in, float NCHW out. */
  @Override
  public void forward(float[] input, int batch, float[] output) {
    check(batch, input.length, (long) batch * shape.inputSize(), "input");
    check(batch, output.length, (long) batch * shape.outputSize(), "output");
    for (int n = 0; n < batch; n++) {
      packSample(input, n * shape.inputSize(), packedSample, 0);
      engine.run(packedSample, 0, scales(input, n, null), output, n * shape.outputSize(), null, 0);
    }
  }

  /**
   * Packed input (see the class comment), float output. {@code sampleScales[n]} is the XNOR-Net
   * beta of sample n, needed (and read) only when the layer has the XNOR input scale.
   */
  @Override
  public void forwardPacked(int[] packedInput, float[] sampleScales, int batch, float[] output) {
    check(batch, packedInput.length, (long) batch * packedInputLength(1), "packed input");
    check(batch, output.length, (long) batch * shape.outputSize(), "output");
    for (int n = 0; n < batch; n++) {
      engine.run(packedInput, n * packedInputLength(1), scales(null, n, sampleScales), output,
          n * shape.outputSize(), null, 0);
    }
  }

  /** Float input, packed output for the next binary layer. */
  @Override
  public void forwardToPacked(float[] input, int batch, int[] packedOutput) {
    check(batch, input.length, (long) batch * shape.inputSize(), "input");
    check(batch, packedOutput.length, (long) batch * packedOutputLength(1), "packed output");
    for (int n = 0; n < batch; n++) {
      packSample(input, n * shape.inputSize(), packedSample, 0);
      engine.run(packedSample, 0, scales(input, n, null), null, 0, packedOutput,
          n * packedOutputLength(1));
    }
  }

  /** Packed input, packed output: the chained form. */
  @Override
  public void forwardPackedToPacked(
      int[] packedInput, float[] sampleScales, int batch, int[] packedOutput) {
    check(batch, packedInput.length, (long) batch * packedInputLength(1), "packed input");
    check(batch, packedOutput.length, (long) batch * packedOutputLength(1), "packed output");
    for (int n = 0; n < batch; n++) {
      engine.run(packedInput, n * packedInputLength(1), scales(null, n, sampleScales), null, 0,
          packedOutput, n * packedOutputLength(1));
    }
  }

  /** Packs a float batch into this layer's packed input layout, applying its thresholds. */
  public void packInput(float[] input, int batch, int[] packedInput) {
    check(batch, input.length, (long) batch * shape.inputSize(), "input");
    check(batch, packedInput.length, (long) batch * packedInputLength(1), "packed input");
    for (int n = 0; n < batch; n++) {
      packSample(input, n * shape.inputSize(), packedInput, n * packedInputLength(1));
    }
  }

  /** XNOR-Net's beta of one sample: mean |x| over C_in * H * W, in the kernels' summation order. */
  public float inputScale(float[] input, int sample) {
    int size = shape.inputSize();
    return backend.packing.absSum(input, sample * size, size, scratch) / size;
  }

  /** Ints of a packed input batch. */
  public int packedInputLength(int batch) {
    return batch * shape.groups() * cWords * shape.inH() * shape.inW();
  }

  /** Ints of a packed output batch. */
  @Override
  public int packedOutputLength(int batch) {
    return batch * nextGroups * nextWords * plan.columns;
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

  /** Bytes of this layer packed and in FP32. */
  @Override
  public KernelStorage storage() {
    return storage;
  }

  /** The largest batch a call may pass. */
  public int maxBatch() {
    return maxBatch;
  }

  private void packSample(float[] input, int off, int[] dst, int dstOff) {
    int planeSize = shape.inH() * shape.inW();
    int cin = shape.inPerGroup();
    for (int g = 0; g < shape.groups(); g++) {
      for (int cw = 0; cw < cWords; cw++) {
        int c0 = g * cin + cw * 32;
        backend.packing.packChannels(input, off + c0 * planeSize, planeSize,
            Math.min(32, cin - cw * 32), threshold, c0, planeSize, dst,
            dstOff + (g * cWords + cw) * planeSize);
      }
    }
  }

  /** The per-column scale of one sample, or null when the layer has none. */
  private float[] scales(float[] input, int n, float[] given) {
    if (!xnorScale) {
      return spatial;
    }
    float beta;
    if (input != null) {
      beta = inputScale(input, n);
    } else if (given == null || given.length <= n) {
      throw new IllegalArgumentException(
          "this layer has the XNOR-Net input scale: pass sampleScales (beta per sample, see"
              + " inputScale) with the packed input");
    } else {
      beta = given[n];
    }
    for (int p = 0; p < plan.columns; p++) {
      sampleScale[p] = spatial == null ? beta : beta * spatial[p];
    }
    return sampleScale;
  }

  private void check(int batch, int length, long needed, String what) {
    if (batch < 1 || batch > maxBatch) {
      throw new IllegalArgumentException("batch " + batch + " is outside 1.." + maxBatch);
    }
    if (length < needed) {
      throw new IllegalArgumentException(what + " has " + length + " values, needs " + needed);
    }
  }

  private float[] spatialMap(float[] h, float[] w) {
    float[] map = new float[plan.paddedColumns];
    for (int p = 0; p < plan.columns; p++) {
      map[p] = h[p / shape.outW()] * w[p % shape.outW()];
    }
    return map;
  }

  private static float[] filled(int n, float v) {
    float[] a = new float[n];
    Arrays.fill(a, v);
    return a;
  }

  private static float[] negated(float[] theta, int n) {
    float[] t = new float[n];
    for (int i = 0; theta != null && i < n; i++) {
      t[i] = -theta[i];
    }
    return t;
  }

  /**
   * Settings of a {@link BinaryConv2dKernel}: the geometry of {@link ConvLayerBuilder} plus the
   * binary options, all optional.
   */
  public static final class Builder extends ConvLayerBuilder<Builder> {
    float[] multiplier;
    float[] bias;
    float[] theta;
    boolean xnorScale;
    float[] spatialH;
    float[] spatialW;
    int nextGroups = 1;
    float[] nextTheta;
    WeightFormat format = WeightFormat.BINARY;
    int[] salientIndex;
    float[] salientValue;

    Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /** Optional: per-output-channel multiplier (folded scales and BatchNorm); default 1. */
    public Builder optMultiplier(float[] multiplier) {
      this.multiplier = multiplier;
      return this;
    }

    /** Optional: per-output-channel bias (folded BatchNorm shift); default 0. */
    public Builder optBias(float[] bias) {
      this.bias = bias;
      return this;
    }

    /** Optional: ReActNet's per-input-channel theta; bit = x >= -theta[c]. Default 0. */
    public Builder optThreshold(float[] theta) {
      this.theta = theta;
      return this;
    }

    /** Optional: XNOR-Net's per-sample input scale beta = mean(|X|) (default off). */
    public Builder optXnorInputScale(boolean on) {
      this.xnorScale = on;
      return this;
    }

    /**
     * Optional: XNOR++'s spatial factors h[outH] and w[outW] (o goes into the multiplier). For a
     * Conv1d (H = 1) pass {@code h = {1}} and the length factors l[L_out] as w.
     */
    public Builder optSpatialFactors(float[] h, float[] w) {
      this.spatialH = h;
      this.spatialW = w;
      return this;
    }

    /**
     * Optional: the packed output's layout and thresholds: the next layer's groups (default 1)
     * and its theta per channel (bit = out >= -theta; default 0).
     */
    public Builder optPackedOutput(int groups, float[] theta) {
      this.nextGroups = groups;
      this.nextTheta = theta;
      return this;
    }

    /**
     * Optional: ternary weights (W1.58A1): each weight is the sign of its value with 0 kept as 0,
     * held as a sign and a mask plane, {@code dot = 2 popcount(m & ~(a ^ s)) - popcount(m)}; the
     * scale gamma goes into the multiplier. Not with the XNOR input scale or spatial factors.
     */
    public Builder optTernaryWeights() {
      this.format = WeightFormat.TERNARY;
      return this;
    }

    /**
     * Optional: partial binarization (PB-LLM): the weights at {@code index} (positions in the
     * weight array) are salient and multiply the +-1 activations by {@code value} (in output
     * units, the multiplier's per-channel factors applied); the others are binary, scaled by the
     * multiplier. The kernel adds a sparse FP32 correction per output channel ({@link SparseRows}).
     */
    public Builder optSalientWeights(int[] index, float[] value) {
      this.format = WeightFormat.PARTIAL;
      this.salientIndex = index.clone();
      this.salientValue = value.clone();
      return this;
    }

    /** Builds the kernel: packs the weights and sizes every workspace. */
    public BinaryConv2dKernel build() {
      ConvShape s = checkedShape();
      checkLength("multiplier", multiplier, s.outChannels(), "one per output channel");
      checkLength("bias", bias, s.outChannels(), "one per output channel");
      checkLength("threshold (theta)", theta, s.inChannels(), "one per input channel");
      require((spatialH == null) == (spatialW == null), "optSpatialFactors(h, w) with both");
      checkLength("spatial factor h", spatialH, s.outH(), "one per output row");
      checkLength("spatial factor w", spatialW, s.outW(), "one per output column");
      checkLength("packed output theta", nextTheta, s.outChannels(), "one per output channel");
      if (format != WeightFormat.BINARY && (xnorScale || spatialH != null)) {
        throw new bibench.BadInputException("the " + format.name().toLowerCase(java.util.Locale.ROOT)
            + " weight format has no XNOR input scale or spatial factors",
            "drop optXnorInputScale and optSpatialFactors");
      }
      if (nextGroups < 1 || s.outChannels() % nextGroups != 0) {
        throw new bibench.BadInputException(
            "packed output groups " + nextGroups + " do not divide C_out = " + s.outChannels(),
            "pass the next layer's groups to optPackedOutput");
      }
      return new BinaryConv2dKernel(this, s);
    }
  }
}
