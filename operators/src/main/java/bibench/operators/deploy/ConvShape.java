package bibench.operators.deploy;

import bibench.BadInputException;

/**
 * The geometry of one 2-D convolution layer with a fixed input size: channels, kernel, stride,
 * zero padding, dilation, groups and the input height and width.
 *
 * <p>Output size follows the usual rule {@code out = (in + 2 * pad - dilation * (k - 1) - 1) /
 * stride + 1}. A Conv1d over length L is the case {@code inH = 1, kernelH = 1, padH = 0}. Built by
 * the kernel builders, which check it with {@link #check()}.
 *
 * @param inChannels input channels C_in (all groups)
 * @param outChannels output channels C_out (all groups)
 * @param kernelH kernel height
 * @param kernelW kernel width
 * @param strideH vertical stride
 * @param strideW horizontal stride
 * @param padH zero rows added above and below
 * @param padW zero columns added left and right
 * @param dilationH vertical dilation
 * @param dilationW horizontal dilation
 * @param groups number of groups; C_in and C_out must both be multiples of it
 * @param inH input height
 * @param inW input width
 */
public record ConvShape(
    int inChannels,
    int outChannels,
    int kernelH,
    int kernelW,
    int strideH,
    int strideW,
    int padH,
    int padW,
    int dilationH,
    int dilationW,
    int groups,
    int inH,
    int inW) {

  /** Output height. */
  public int outH() {
    return (inH + 2 * padH - dilationH * (kernelH - 1) - 1) / strideH + 1;
  }

  /** Output width. */
  public int outW() {
    return (inW + 2 * padW - dilationW * (kernelW - 1) - 1) / strideW + 1;
  }

  /** Input channels of one group. */
  public int inPerGroup() {
    return inChannels / groups;
  }

  /** Output channels of one group. */
  public int outPerGroup() {
    return outChannels / groups;
  }

  /** Kernel taps, kernelH * kernelW. */
  public int taps() {
    return kernelH * kernelW;
  }

  /** Products per output element, C_in / groups * kernelH * kernelW (the GEMM's K). */
  public int reduction() {
    return inPerGroup() * taps();
  }

  /** Input elements of one sample, C_in * H * W. */
  public int inputSize() {
    return inChannels * inH * inW;
  }

  /** Output elements of one sample, C_out * outH * outW. */
  public int outputSize() {
    return outChannels * outH() * outW();
  }

  /** Multiply-accumulates of one sample. */
  public long macs() {
    return (long) outputSize() * reduction();
  }

  /**
   * Checks every field, naming the builder setting that is wrong.
   *
   * @return this shape
   * @throws BadInputException if a size is not positive, groups do not divide the channels, or
   *     the output would be empty
   */
  public ConvShape check() {
    positive("channels (in)", inChannels);
    positive("channels (out)", outChannels);
    positive("kernel size (height)", kernelH);
    positive("kernel size (width)", kernelW);
    positive("stride (height)", strideH);
    positive("stride (width)", strideW);
    positive("dilation (height)", dilationH);
    positive("dilation (width)", dilationW);
    positive("groups", groups);
    positive("input size (height)", inH);
    positive("input size (width)", inW);
    if (padH < 0 || padW < 0) {
      throw new BadInputException(
          "padding must be 0 or more, got " + padH + " x " + padW, "use optPadding(p >= 0)");
    }
    if (inChannels % groups != 0 || outChannels % groups != 0) {
      throw new BadInputException(
          "groups = " + groups + " does not divide the channels " + inChannels + " -> "
              + outChannels,
          "choose groups that divide both C_in and C_out");
    }
    if (outH() < 1 || outW() < 1) {
      throw new BadInputException(
          "the kernel (" + kernelH + " x " + kernelW + ", dilation " + dilationH + " x "
              + dilationW + ") does not fit the padded input " + inH + " x " + inW,
          "use a larger input, more padding or a smaller kernel");
    }
    return this;
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new BadInputException(
          name + " must be 1 or more, got " + value, "set " + name + " to a positive value");
    }
  }
}
