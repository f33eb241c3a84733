package bibench.models;

/**
 * ResNet-18 with the CIFAR stem (3x3 convolution, stride 1, no max-pool): stages of [2, 2, 2,
 * 2] BasicBlocks with 64, 128, 256, 512 channels. See {@link ResNet} for the block and the
 * full-precision policy.
 */
public final class ResNet18 extends ResNet {

  public ResNet18() {
    super("resnet18", Stem.CIFAR, 64, 2, 2, 2, 2);
  }
}
