package bibench.harness.bench;

import bibench.operators.deploy.ConvShape;
import java.util.Arrays;

/**
 * The 3x3, padding 1 convolution shapes the kernel benchmarks run, by the name used as a JMH
 * parameter: the 64-channel 56x56 layer (GEMM M=64, N=3136, K=576) and every distinct 3x3 conv of
 * ResNet-18 with the CIFAR stem at 32x32 input.
 */
public enum ConvCase {
  /** 64 -> 64 channels at 56x56, stride 1 (ImageNet ResNet-18 layer1). */
  C64_56X56(64, 64, 56, 1),
  /** CIFAR ResNet-18 layer1: 64 channels at 32x32. */
  C64_32X32(64, 64, 32, 1),
  /** layer2 entry: 64 -> 128, stride 2, 32x32 to 16x16. */
  C64TO128_S2_32X32(64, 128, 32, 2),
  /** layer2: 128 channels at 16x16. */
  C128_16X16(128, 128, 16, 1),
  /** layer3 entry: 128 -> 256, stride 2, 16x16 to 8x8. */
  C128TO256_S2_16X16(128, 256, 16, 2),
  /** layer3: 256 channels at 8x8. */
  C256_8X8(256, 256, 8, 1),
  /** layer4 entry: 256 -> 512, stride 2, 8x8 to 4x4. */
  C256TO512_S2_8X8(256, 512, 8, 2),
  /** layer4: 512 channels at 4x4. */
  C512_4X4(512, 512, 4, 1);

  /** Every name, as JMH parameter values. */
  public static final String ALL =
      "C64_56X56,C64_32X32,C64TO128_S2_32X32,C128_16X16,C128TO256_S2_16X16,C256_8X8,"
          + "C256TO512_S2_8X8,C512_4X4";

  private final int in;
  private final int out;
  private final int size;
  private final int stride;

  ConvCase(int in, int out, int size, int stride) {
    this.in = in;
    this.out = out;
    this.size = size;
    this.stride = stride;
  }

  /** The layer's geometry: 3x3 kernel, padding 1, no dilation, one group. */
  public ConvShape shape() {
    return new ConvShape(in, out, 3, 3, stride, stride, 1, 1, 1, 1, 1, size, size);
  }

  /** Multiply-accumulates of one sample. */
  public long macs() {
    return shape().macs();
  }

  /** Parses a parameter value, listing the known names when it is unknown. */
  public static ConvCase parse(String name) {
    try {
      return valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new bibench.BadInputException(
          "unknown conv case '" + name + "'", "use one of " + Arrays.toString(values()));
    }
  }
}
