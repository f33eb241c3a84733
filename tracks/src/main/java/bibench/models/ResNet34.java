package bibench.models;

/**
 * ResNet-34 with the CIFAR stem (3x3 convolution, stride 1, no max-pool): stages of [3, 4, 6,
 * 3] BasicBlocks with 64, 128, 256, 512 channels. See {@link ResNet} for the block and the
 * full-precision policy.
 */
public final class ResNet34 extends ResNet {

  public ResNet34() {
    super("resnet34", Stem.CIFAR, 64, 3, 4, 6, 3);
  }
}
