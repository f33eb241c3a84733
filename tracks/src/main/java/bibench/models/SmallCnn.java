package bibench.models;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import bibench.models.blocks.PoolBlock;
import bibench.operators.BinaryOperator;

/**
 * A small CNN for small gray images (28x28 Fashion-MNIST, 8x8 optdigits): an FP 3x3 stem, four
 * binarized 3x3 convolutions (two with stride 2) each followed by BatchNorm and the activation,
 * global average pooling and an FP classifier. Width = stem channels w (default 32); the stages
 * have w, 2w, 2w and 4w channels.
 */
public final class SmallCnn implements Architecture {

  @Override
  public String id() {
    return "cnn-small";
  }

  @Override
  public Family family() {
    return Family.CNN;
  }

  @Override
  public String description() {
    return "small CNN: FP stem, 4 binarized 3x3 convs (w, 2w/2, 2w, 4w/2) with BatchNorm, FP head";
  }

  @Override
  public Block build(BinaryOperator op, ModelSpec spec) {
    int w = spec.widthOr(32);
    SequentialBlock net = new SequentialBlock();
    net.add(Layers.conv2d(Layers.fp32(), w, 3, 1, 1)).add(Layers.batchNorm()).add(Layers.activation(op));
    int[][] stages = {{w, 1}, {2 * w, 2}, {2 * w, 1}, {4 * w, 2}};
    for (int[] stage : stages) {
      net.add(Layers.conv2d(op, stage[0], 3, stage[1], 1)).add(Layers.batchNorm()).add(Layers.activation(op));
    }
    return net.add(PoolBlock.globalAverage()).add(Layers.linear(Layers.fp32(), spec.classes(), true));
  }
}
