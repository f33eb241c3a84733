package bibench.models;

/**
 * CIFAR ResNet-20 (He et al. 2016): 3x3 stem, three stages of three BasicBlocks with w, 2w, 4w
 * channels (16, 32, 64). See {@link ResNet} for the block and the full-precision policy.
 */
public final class ResNet20 extends ResNet {

  public ResNet20() {
    super("resnet20", Stem.CIFAR, 16, 3, 3, 3);
  }
}
