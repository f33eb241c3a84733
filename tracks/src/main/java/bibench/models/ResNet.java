package bibench.models;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import bibench.models.blocks.PoolBlock;
import bibench.models.blocks.ResidualBlock;
import bibench.operators.BinaryOperator;
import java.util.Arrays;

/**
 * A ResNet of BasicBlocks (He et al. 2016) under BiBench's full-precision policy.
 *
 * <ul>
 *   <li>Stem (FP32): a 3x3 stride-1 convolution (CIFAR stem, no max-pool), or a 7x7 stride-2
 *       convolution and a 3x3 stride-2 max-pool (ImageNet stem); then BatchNorm and the activation.
 *   <li>Stages: stage s has w * 2^s channels; its first block has stride 2 (stride 1 in stage 0).
 *       A BasicBlock is conv3x3-BN-act-conv3x3-BN (both convolutions binarized), plus the shortcut
 *       (the identity, or an FP32 1x1 convolution of the block's stride and BatchNorm when the shape
 *       changes), then the activation.
 *   <li>Head: global average pooling and an FP32 linear classifier.
 * </ul>
 *
 * <p>Width = w, the first-stage channels; the stem has w channels, or a multiple of w (BiBench's own
 * CIFAR ResNet-20 has a 64-channel stem before stages of 16, 32 and 64, so its first block has an
 * FP32 1x1 shortcut). Each id is a subclass that fixes the depth.
 */
public abstract class ResNet implements Architecture {

  /** The two stems. */
  public enum Stem {
    /** 3x3 convolution, stride 1, no max-pool. */
    CIFAR,
    /** 7x7 convolution, stride 2, then a 3x3 stride-2 max-pool. */
    IMAGENET
  }

  private final String id;
  private final Stem stem;
  private final int defaultWidth;
  private final int[] blocksPerStage;
  private final int stemFactor;

  /**
   * @param id the architecture id
   * @param stem the stem
   * @param defaultWidth the paper's first-stage channels
   * @param blocksPerStage BasicBlocks in each stage
   */
  protected ResNet(String id, Stem stem, int defaultWidth, int... blocksPerStage) {
    this(id, stem, 1, defaultWidth, blocksPerStage);
  }

  /**
   * @param id the architecture id
   * @param stem the stem
   * @param stemFactor the stem's channels as a multiple of the first-stage channels
   * @param defaultWidth the paper's first-stage channels
   * @param blocksPerStage BasicBlocks in each stage
   */
  protected ResNet(String id, Stem stem, int stemFactor, int defaultWidth, int[] blocksPerStage) {
    this.id = id;
    this.stem = stem;
    this.stemFactor = stemFactor;
    this.defaultWidth = defaultWidth;
    this.blocksPerStage = blocksPerStage.clone();
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Family family() {
    return Family.CNN;
  }

  @Override
  public String description() {
    int depth = 2 + 2 * Arrays.stream(blocksPerStage).sum();
    return "ResNet-" + depth + " (" + stem.name().toLowerCase(java.util.Locale.ROOT) + " stem"
        + (stemFactor == 1 ? "" : " of " + stemFactor * defaultWidth + " channels") + ", BasicBlocks "
        + Arrays.toString(blocksPerStage) + ", width " + defaultWidth + "): FP stem, shortcuts and head";
  }

  /** The stem. */
  public final Stem stem() {
    return stem;
  }

  /** The first-stage channels when the spec leaves the width at 0. */
  public final int defaultWidth() {
    return defaultWidth;
  }

  /** BasicBlocks per stage. */
  public final int[] blocksPerStage() {
    return blocksPerStage.clone();
  }

  @Override
  public final Block build(BinaryOperator op, ModelSpec spec) {
    Layers.sampleShape(spec, id, 3, "{channels, height, width}");
    int w = spec.widthOr(defaultWidth);
    int stemWidth = stemFactor * w;
    SequentialBlock net = new SequentialBlock();
    if (stem == Stem.CIFAR) {
      net.add(Layers.conv2d(Layers.fp32(), stemWidth, 3, 1, 1));
    } else {
      net.add(Layers.conv2d(Layers.fp32(), stemWidth, 7, 2, 3));
    }
    net.add(Layers.batchNorm()).add(Layers.activation(op));
    if (stem == Stem.IMAGENET) {
      net.add(PoolBlock.max2d(3, 2));
    }
    int in = stemWidth;
    for (int s = 0; s < blocksPerStage.length; s++) {
      int out = w << s;
      for (int b = 0; b < blocksPerStage[s]; b++) {
        int stride = b == 0 && s > 0 ? 2 : 1;
        net.add(basicBlock(op, in, out, stride));
        in = out;
      }
    }
    return net.add(PoolBlock.globalAverage()).add(Layers.linear(Layers.fp32(), spec.classes(), true));
  }

  /** conv3x3-BN-act-conv3x3-BN + shortcut, then act. */
  static Block basicBlock(BinaryOperator op, int in, int out, int stride) {
    Block main = new SequentialBlock()
        .add(Layers.conv2d(op, out, 3, stride, 1)).add(Layers.batchNorm()).add(Layers.activation(op))
        .add(Layers.conv2d(op, out, 3, 1, 1)).add(Layers.batchNorm());
    Block shortcut = stride == 1 && in == out ? null
        : new SequentialBlock().add(Layers.conv2d(Layers.fp32(), out, 1, stride, 0)).add(Layers.batchNorm());
    return new SequentialBlock().add(new ResidualBlock(main, shortcut)).add(Layers.activation(op));
  }
}
