package bibench.models;

/**
 * BiBench's own CIFAR ResNet-20 ({@code resnet20-bibench}), as its code builds it (mmcls'
 * ResNet_CIFAR with depth 20, base_channels 16, three stages and the default stem_channels of 64):
 * a 3x3 FP32 stem of 64 channels, then three stages of three BasicBlocks with 16, 32 and 64
 * channels. So the first block narrows 64 to 16 channels with a binarized 3x3 convolution and an
 * FP32 1x1 shortcut, unlike the textbook network ({@code resnet20}), whose stem has 16 channels.
 * Width = the first-stage channels (16); the stem has four times as many.
 */
public final class ResNet20BiBench extends ResNet {

  public ResNet20BiBench() {
    super("resnet20-bibench", Stem.CIFAR, 4, 16, new int[] {3, 3, 3});
  }
}
