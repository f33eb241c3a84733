package bibench.models;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import bibench.BadInputException;
import bibench.models.blocks.FlattenBlock;
import bibench.models.blocks.PoolBlock;
import bibench.operators.BinaryOperator;
import java.util.Arrays;

/**
 * VGG-Small, the CIFAR network of LQ-Nets (Zhang et al. 2018) used across the binarization
 * literature: six 3x3 convolutions 128-128-M-256-256-M-512-512-M (M = 2x2 max-pool, stride 2),
 * each followed by BatchNorm and the activation (the pool sits between a convolution and its
 * BatchNorm, as in LQ-Nets and IR-Net), then flatten and one FP32 linear classifier (512 x 4 x 4
 * inputs for 32x32 images). The first convolution and the classifier are FP32, the other five
 * convolutions binarized. Width = w, the first-stage channels (default 128; stages w, 2w, 4w).
 *
 * <p>BiBench's own {@code vgg_cifar.py} is an empty stub, so this follows LQ-Nets' definition.
 */
public final class VggSmall implements Architecture {
  private static final int POOLS = 3;

  @Override
  public String id() {
    return "vgg-small";
  }

  @Override
  public Family family() {
    return Family.CNN;
  }

  @Override
  public String description() {
    return "VGG-Small (LQ-Nets): 128-128-M-256-256-M-512-512-M convs with BatchNorm, FP first conv and FP linear head";
  }

  @Override
  public Block build(BinaryOperator op, ModelSpec spec) {
    int[] shape = Layers.sampleShape(spec, id(), 3, "{channels, height, width}");
    if (Math.min(shape[1], shape[2]) < 1 << POOLS) {
      throw new BadInputException(
          "architecture 'vgg-small' halves the image three times and needs at least 8x8 pixels, the task gives "
              + Arrays.toString(shape),
          "use a ResNet or cnn-small for smaller images");
    }
    int w = spec.widthOr(128);
    SequentialBlock net = new SequentialBlock();
    int[] channels = {w, w, 2 * w, 2 * w, 4 * w, 4 * w};
    for (int i = 0; i < channels.length; i++) {
      net.add(Layers.conv2d(i == 0 ? Layers.fp32() : op, channels[i], 3, 1, 1));
      if (i % 2 == 1) {
        net.add(PoolBlock.max2d(2, 2));
      }
      net.add(Layers.batchNorm()).add(Layers.activation(op));
    }
    return net.add(new FlattenBlock()).add(Layers.linear(Layers.fp32(), spec.classes(), true));
  }
}
