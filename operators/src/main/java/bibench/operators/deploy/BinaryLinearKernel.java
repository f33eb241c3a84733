package bibench.operators.deploy;

import bibench.BadInputException;
import java.util.Arrays;

/**
 * A deployed binarized linear layer (W1A1): {@code [batch, in] x [out, in]^T} by XNOR and popcount.
 *
 * <p>Per output: {@code dot = sum_i sign(x_i + theta_i) * sign(w_oi)} (sign(0) = +1), then {@code
 * out = ((float) dot * mult[o]) * beta + bias[o]}, beta being XNOR-Net's per-sample mean(|x|) when
 * enabled (otherwise that multiply is skipped). XNOR++'s scale of a linear layer is per output
 * only, so it folds into the multiplier.
 *
 * <p>Samples are the broadcast rows of the product and output features its vector columns: weights
 * are stored transposed in panels of 64 outputs, so a single sample still fills whole vectors.
 * Layouts: float {@code [N][in]} and {@code [N][out]}; packed input {@code [N][ceil(in/32)]} ints,
 * bit {@code i % 32} of word {@code i / 32} = feature i (1 for +1); packed output the same over the
 * outputs. Calls allocate nothing; an instance is not thread-safe.
 */
public final class BinaryLinearKernel implements BinaryKernel {
  private static final int ROWS = 32;
  private final int in;
  private final int outFeatures;
  private final int kWords;
  private final int outWords;
  private final int panelCount;
  private final Backend backend;
  private final int[] weightPanels;
  private final float[] mult;
  private final float[] bias;
  private final float[] threshold;
  private final float[] nextThreshold;
  private final boolean xnorScale;
  private final int maxBatch;
  private final KernelStorage storage;
  private final KernelThreads threads;
  private final int[] packedWork;
  private final float[] rowScaleWork;
  private final int[][] tiles;
  private final int[][] works;
  private final float[] scratch = new float[16];
  private final KernelThreads.RangeTask task = this::panelRange;
  private int[] src;
  private int rows;
  private float[] rowScale;
  private float[] out;
  private int[] bitsOut;

  private BinaryLinearKernel(Builder b) {
    in = b.in;
    outFeatures = b.out;
    kWords = BinaryWeights.words(in);
    outWords = BinaryWeights.words(outFeatures);
    panelCount = (outFeatures + PopcountGemm.PANEL - 1) / PopcountGemm.PANEL;
    int padded = panelCount * PopcountGemm.PANEL;
    backend = Backend.binary(b.path);
    weightPanels =
        BinaryWeights.toPanels(BinaryWeights.packRows(b.weights, outFeatures, in), outFeatures,
            kWords);
    mult = padded(b.multiplier, 1f, padded);
    bias = padded(b.bias, 0f, padded);
    threshold = new float[in];
    for (int i = 0; b.theta != null && i < in; i++) {
      threshold[i] = -b.theta[i];
    }
    nextThreshold = new float[padded];
    for (int o = 0; b.nextTheta != null && o < outFeatures; o++) {
      nextThreshold[o] = -b.nextTheta[o];
    }
    xnorScale = b.xnorScale;
    maxBatch = b.maxBatch;
    threads = b.threads;
    packedWork = new int[maxBatch * kWords];
    rowScaleWork = new float[maxBatch];
    tiles = new int[threads == null ? 1 : threads.threads()][ROWS * PopcountGemm.PANEL];
    works = new int[tiles.length][PopcountGemm.WORK];
    long floats = (b.multiplier == null ? 0 : outFeatures) + (b.bias == null ? 0 : outFeatures);
    floats += b.theta == null ? 0 : in;
    storage =
        new KernelStorage(4L * outFeatures * kWords, 4L * floats,
            4L * ((long) outFeatures * in + outFeatures));
  }

  /** A builder; see {@link Builder}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Float {@code [batch][in]} in, float {@code [batch][out]} out. */
  @Override
  public void forward(float[] input, int batch, float[] output) {
    packInput(input, batch, packedWork);
    checkOut(batch, output.length, (long) batch * outFeatures);
    compute(packedWork, batch, xnorScale ? scalesOf(input, batch) : null, output, null);
  }

  /** Packed input (beta per sample in {@code sampleScales} when XNOR-scaled), float output. */
  @Override
  public void forwardPacked(int[] packedInput, float[] sampleScales, int batch, float[] output) {
    checkIn(batch, packedInput.length, (long) batch * kWords);
    checkOut(batch, output.length, (long) batch * outFeatures);
    compute(packedInput, batch, givenScales(sampleScales, batch), output, null);
  }

  /** Float input, packed output for the next binary layer. */
  @Override
  public void forwardToPacked(float[] input, int batch, int[] packedOutput) {
    packInput(input, batch, packedWork);
    checkOut(batch, packedOutput.length, (long) batch * outWords);
    compute(packedWork, batch, xnorScale ? scalesOf(input, batch) : null, null, packedOutput);
  }

  /** Packed input, packed output: the chained form. */
  @Override
  public void forwardPackedToPacked(
      int[] packedInput, float[] sampleScales, int batch, int[] packedOutput) {
    checkIn(batch, packedInput.length, (long) batch * kWords);
    checkOut(batch, packedOutput.length, (long) batch * outWords);
    compute(packedInput, batch, givenScales(sampleScales, batch), null, packedOutput);
  }

  /** Packs a float batch into this layer's packed input layout, applying its thresholds. */
  public void packInput(float[] input, int batch, int[] packedInput) {
    checkIn(batch, input.length, (long) batch * in);
    checkIn(batch, packedInput.length, (long) batch * kWords);
    for (int n = 0; n < batch; n++) {
      backend.packing.packFeatures(input, n * in, in, threshold, packedInput, n * kWords);
    }
  }

  /** XNOR-Net's beta of one sample, mean |x| in the kernels' summation order. */
  public float inputScale(float[] input, int sample) {
    return backend.packing.absSum(input, sample * in, in, scratch) / in;
  }

  /** Ints of a packed input batch. */
  public int packedInputLength(int batch) {
    return batch * kWords;
  }

  /** Ints of a packed output batch. */
  @Override
  public int packedOutputLength(int batch) {
    return batch * outWords;
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

  private float[] scalesOf(float[] input, int batch) {
    for (int n = 0; n < batch; n++) {
      rowScaleWork[n] = inputScale(input, n);
    }
    return rowScaleWork;
  }

  private float[] givenScales(float[] given, int batch) {
    if (!xnorScale) {
      return null;
    }
    if (given == null || given.length < batch) {
      throw new IllegalArgumentException(
          "this layer has the XNOR-Net input scale: pass sampleScales (beta per sample)");
    }
    return given;
  }

  private void compute(int[] packed, int batch, float[] scales, float[] o, int[] bits) {
    src = packed;
    rows = batch;
    rowScale = scales;
    out = o;
    bitsOut = bits;
    if (threads == null) {
      panelRange(0, 0, panelCount);
    } else {
      threads.run(panelCount, task);
    }
  }

  private void panelRange(int part, int from, int to) {
    int[] tile = tiles[part];
    for (int pn = from; pn < to; pn++) {
      int col0 = pn * PopcountGemm.PANEL;
      int cols = Math.min(PopcountGemm.PANEL, outFeatures - col0);
      int vecs = (cols + PopcountGemm.LANES - 1) / PopcountGemm.LANES;
      if (cols == PopcountGemm.PANEL && bitsOut == null) {
        backend.gemm.multiplyToFloatColumns(src, 0, kWords, rows, weightPanels,
            pn * kWords * PopcountGemm.PANEL, kWords, in, mult, bias, col0, rowScale, 0, out, col0,
            outFeatures, works[part]);
        continue;
      }
      for (int r0 = 0; r0 < rows; r0 += ROWS) {
        int n = Math.min(ROWS, rows - r0);
        backend.gemm.multiply(src, r0 * kWords, kWords, n, weightPanels,
            pn * kWords * PopcountGemm.PANEL, kWords, vecs, tile, 0);
        if (bitsOut == null) {
          backend.epilogue.columnsToFloat(tile, n, cols, in, mult, bias, col0, rowScale, r0, out,
              r0 * outFeatures + col0, outFeatures);
        } else {
          backend.epilogue.columnsToBits(tile, n, cols, in, mult, bias, col0, rowScale, r0,
              nextThreshold, bitsOut, r0 * outWords, outWords);
        }
      }
    }
  }

  private void checkIn(int batch, int length, long needed) {
    if (batch < 1 || batch > maxBatch) {
      throw new IllegalArgumentException("batch " + batch + " is outside 1.." + maxBatch);
    }
    if (length < needed) {
      throw new IllegalArgumentException("input has " + length + " values, needs " + needed);
    }
  }

  private void checkOut(int batch, int length, long needed) {
    if (length < needed) {
      throw new IllegalArgumentException("output has " + length + " values, needs " + needed);
    }
  }

  private static float[] padded(float[] values, float fill, int length) {
    float[] a = new float[length];
    Arrays.fill(a, fill);
    if (values != null) {
      System.arraycopy(values, 0, a, 0, values.length);
    }
    return a;
  }

  /** Settings of a {@link BinaryLinearKernel}: {@code setX} required, {@code optX} optional. */
  public static final class Builder {
    int in;
    int out;
    int maxBatch;
    float[] weights;
    float[] multiplier;
    float[] bias;
    float[] theta;
    float[] nextTheta;
    boolean xnorScale;
    KernelPath path;
    KernelThreads threads;

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

    /** Required: latent weights {@code [out][in]} row-major (centre XNOR-Net rows before). */
    public Builder setWeights(float[] weights) {
      this.weights = weights;
      return this;
    }

    /** Optional: per-output multiplier (alpha, XNOR++'s o, BatchNorm scale); default 1. */
    public Builder optMultiplier(float[] multiplier) {
      this.multiplier = multiplier;
      return this;
    }

    /** Optional: per-output bias; default 0. */
    public Builder optBias(float[] bias) {
      this.bias = bias;
      return this;
    }

    /** Optional: ReActNet's per-input-feature theta; bit = x >= -theta. Default 0. */
    public Builder optThreshold(float[] theta) {
      this.theta = theta;
      return this;
    }

    /** Optional: XNOR-Net's per-sample input scale beta = mean(|x|) (default off). */
    public Builder optXnorInputScale(boolean on) {
      this.xnorScale = on;
      return this;
    }

    /** Optional: the next layer's theta per output, for packed output (default 0). */
    public Builder optPackedOutput(float[] theta) {
      this.nextTheta = theta;
      return this;
    }

    /** Optional: force a kernel path instead of {@link KernelSelection#resolve()}. */
    public Builder optPath(KernelPath path) {
      this.path = path;
      return this;
    }

    /** Optional: split output panels over a thread team (default: the calling thread only). */
    public Builder optThreads(KernelThreads threads) {
      this.threads = threads;
      return this;
    }

    /** Builds the kernel: packs the weights and sizes every workspace. */
    public BinaryLinearKernel build() {
      ConvLayerBuilder.require(in != 0 || out != 0, "setFeatures(in, out)");
      ConvLayerBuilder.require(maxBatch != 0, "setMaxBatch(n)");
      ConvLayerBuilder.require(weights != null, "setWeights(float[])");
      if (in < 1 || out < 1 || maxBatch < 1) {
        throw new BadInputException("features and max batch must be 1 or more, got in=" + in
            + " out=" + out + " maxBatch=" + maxBatch, "use positive sizes");
      }
      ConvLayerBuilder.checkLength("weights", weights, in * out, "[out][in]");
      ConvLayerBuilder.checkLength("multiplier", multiplier, out, "one per output");
      ConvLayerBuilder.checkLength("bias", bias, out, "one per output");
      ConvLayerBuilder.checkLength("threshold (theta)", theta, in, "one per input feature");
      ConvLayerBuilder.checkLength("packed output theta", nextTheta, out, "one per output");
      return new BinaryLinearKernel(this);
    }
  }
}
