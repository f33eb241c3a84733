package bibench.operators.deploy;

import bibench.BadInputException;

/**
 * The settings every deployed convolution shares: geometry, latent weights, batch limit, path and
 * threads. {@code setX} settings are required, {@code optX} ones have defaults (stride 1, padding
 * 0, dilation 1, groups 1, the path {@link KernelSelection} picks, one thread).
 *
 * <p>A Conv1d over length L with kernel k is {@code setInputSize(1, L)}, {@code setKernelSize(1,
 * k)}, {@code optPadding(0, p)}, {@code optStride(1, s)}, {@code optDilation(1, d)}.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class ConvLayerBuilder<B extends ConvLayerBuilder<B>> {
  int inChannels;
  int outChannels;
  int kernelH;
  int kernelW;
  int strideH = 1;
  int strideW = 1;
  int padH;
  int padW;
  int dilationH = 1;
  int dilationW = 1;
  int groups = 1;
  int inH;
  int inW;
  int maxBatch;
  float[] weights;
  KernelPath path;
  KernelThreads threads;

  ConvLayerBuilder() {}

  abstract B self();

  /** Required: input and output channels (over all groups). */
  public B setChannels(int in, int out) {
    this.inChannels = in;
    this.outChannels = out;
    return self();
  }

  /** Required: a square kernel. */
  public B setKernelSize(int k) {
    return setKernelSize(k, k);
  }

  /** Required: kernel height and width. */
  public B setKernelSize(int height, int width) {
    this.kernelH = height;
    this.kernelW = width;
    return self();
  }

  /** Required: input height and width, fixed when the kernel is built. */
  public B setInputSize(int height, int width) {
    this.inH = height;
    this.inW = width;
    return self();
  }

  /** Required: the largest batch a call may pass; workspaces are sized for it. */
  public B setMaxBatch(int maxBatch) {
    this.maxBatch = maxBatch;
    return self();
  }

  /** Required: latent weights {@code [C_out][C_in / groups][kH][kW]}, row-major. */
  public B setWeights(float[] weights) {
    this.weights = weights;
    return self();
  }

  /** Optional: the same stride both ways (default 1). */
  public B optStride(int s) {
    return optStride(s, s);
  }

  /** Optional: vertical and horizontal stride (default 1). */
  public B optStride(int height, int width) {
    this.strideH = height;
    this.strideW = width;
    return self();
  }

  /** Optional: the same zero padding on all sides (default 0). */
  public B optPadding(int p) {
    return optPadding(p, p);
  }

  /** Optional: zero rows above and below, zero columns left and right (default 0). */
  public B optPadding(int height, int width) {
    this.padH = height;
    this.padW = width;
    return self();
  }

  /** Optional: the same dilation both ways (default 1). */
  public B optDilation(int d) {
    return optDilation(d, d);
  }

  /** Optional: vertical and horizontal dilation (default 1). */
  public B optDilation(int height, int width) {
    this.dilationH = height;
    this.dilationW = width;
    return self();
  }

  /** Optional: groups (default 1; C_in for depthwise). */
  public B optGroups(int groups) {
    this.groups = groups;
    return self();
  }

  /** Optional: force a kernel path instead of {@link KernelSelection#resolve()}. */
  public B optPath(KernelPath path) {
    this.path = path;
    return self();
  }

  /** Optional: split output columns over a thread team (default: the calling thread only). */
  public B optThreads(KernelThreads threads) {
    this.threads = threads;
    return self();
  }

  /** The checked geometry; fails naming the first missing or wrong setting. */
  ConvShape checkedShape() {
    require(inChannels != 0 || outChannels != 0, "setChannels(in, out)");
    require(kernelH != 0 || kernelW != 0, "setKernelSize(k)");
    require(inH != 0 || inW != 0, "setInputSize(h, w)");
    require(maxBatch != 0, "setMaxBatch(n)");
    require(weights != null, "setWeights(float[])");
    if (maxBatch < 1) {
      throw new BadInputException(
          "max batch must be 1 or more, got " + maxBatch, "call setMaxBatch(n) with n >= 1");
    }
    ConvShape s =
        new ConvShape(
                inChannels, outChannels, kernelH, kernelW, strideH, strideW, padH, padW,
                dilationH, dilationW, groups, inH, inW)
            .check();
    int expected = s.outChannels() * s.reduction();
    checkLength("weights", weights, expected, "[C_out][C_in / groups][kH][kW]");
    return s;
  }

  static void require(boolean set, String setter) {
    if (!set) {
      throw new BadInputException(
          "a required kernel setting is missing", "call " + setter + " before build()");
    }
  }

  static void checkLength(String name, float[] values, int expected, String layout) {
    if (values != null && values.length != expected) {
      throw new BadInputException(
          name + " has " + values.length + " values, the layer needs " + expected + " (" + layout
              + ")",
          "pass " + name + " of length " + expected);
    }
  }
}
