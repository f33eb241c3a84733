package bibench.models;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import bibench.models.blocks.FlattenBlock;
import bibench.operators.BinaryOperator;

/**
 * A multi-layer perceptron: flatten, an FP input layer, {@code depth} binarized hidden layers
 * (Linear, BatchNorm, activation) and an FP classifier. Width = hidden units (default 256).
 */
public final class Mlp implements Architecture {
  private static final int DEPTH = 2;

  @Override
  public String id() {
    return "mlp";
  }

  @Override
  public Family family() {
    return Family.MLP;
  }

  @Override
  public String description() {
    return "MLP: FP input layer, 2 binarized hidden layers with BatchNorm, FP classifier";
  }

  @Override
  public Block build(BinaryOperator op, ModelSpec spec) {
    int hidden = spec.widthOr(256);
    SequentialBlock net = new SequentialBlock().add(new FlattenBlock());
    net.add(Layers.linear(Layers.fp32(), hidden, false)).add(Layers.batchNorm()).add(Layers.activation(op));
    for (int i = 0; i < DEPTH; i++) {
      net.add(Layers.linear(op, hidden, false)).add(Layers.batchNorm()).add(Layers.activation(op));
    }
    return net.add(Layers.linear(Layers.fp32(), spec.classes(), true));
  }
}
