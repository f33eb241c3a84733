package bibench.models;

/**
 * ResNet-18 with the ImageNet stem (7x7 stride-2 convolution, 3x3 stride-2 max-pool): stages of
 * [2, 2, 2, 2] BasicBlocks with 64, 128, 256, 512 channels. See {@link ResNet} for the block
 * and the full-precision policy.
 */
public final class ResNet18ImageNet extends ResNet {

  public ResNet18ImageNet() {
    super("resnet18-imagenet", Stem.IMAGENET, 64, 2, 2, 2, 2);
  }
}
