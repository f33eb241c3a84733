package bibench.complexity;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.BatchNorm;
import bibench.models.Architecture;
import bibench.models.Family;
import bibench.models.ModelSpec;
import bibench.models.blocks.ActivationBlock;
import bibench.models.blocks.PoolBlock;
import bibench.models.blocks.ResidualBlock;
import bibench.operators.BinaryOperator;
import bibench.operators.Operators;
import bibench.operators.nn.BinaryConv2d;
import bibench.operators.nn.BinaryLinear;

/** Two hand-sized models whose counts the tests work out by hand. */
final class TinyModels {
  private TinyModels() {}

  /** Input of the MLP: one sample of 10 features. */
  static final Shape MLP_INPUT = new Shape(1, 10);
  /** Input of the CNN: one sample of 2 channels, 6 x 6. */
  static final Shape CNN_INPUT = new Shape(1, 2, 6, 6);

  /**
   * A 2-layer MLP: a binarized linear layer 10 to 8 with bias, BatchNorm and the activation, then an
   * FP32 linear head 8 to 3 with bias.
   */
  static Block mlp(BinaryOperator op) {
    return new SequentialBlock()
        .add(BinaryLinear.builder().setOperator(op).setUnits(8).optBias(true).build())
        .add(BatchNorm.builder().build())
        .add(ActivationBlock.forOperator(op))
        .add(BinaryLinear.builder().setOperator(fp32()).setUnits(3).optBias(true).build());
  }

  /**
   * A tiny CNN with residuals on 2 x 6 x 6: FP 3x3 conv 2 to 4 and BN; a residual block whose main
   * branch is a binarized 3x3 conv 4 to 4 and BN (identity shortcut); a residual block whose main
   * branch is a binarized 3x3 stride-2 conv 4 to 8 and BN, with an FP 1x1 stride-2 conv 4 to 8 and BN
   * as shortcut; global average pooling and an FP linear head 8 to 3 with bias.
   */
  static Block cnn(BinaryOperator op) {
    Block same = new SequentialBlock().add(conv(op, 4, 3, 1, 1)).add(BatchNorm.builder().build());
    Block down = new SequentialBlock().add(conv(op, 8, 3, 2, 1)).add(BatchNorm.builder().build());
    Block shortcut = new SequentialBlock().add(conv(fp32(), 8, 1, 2, 0)).add(BatchNorm.builder().build());
    return new SequentialBlock()
        .add(conv(fp32(), 4, 3, 1, 1)).add(BatchNorm.builder().build()).add(ActivationBlock.forOperator(op))
        .add(new ResidualBlock(same, null)).add(ActivationBlock.forOperator(op))
        .add(new ResidualBlock(down, shortcut)).add(ActivationBlock.forOperator(op))
        .add(PoolBlock.globalAverage())
        .add(BinaryLinear.builder().setOperator(fp32()).setUnits(3).optBias(true).build());
  }

  /** The MLP as an architecture on samples {10}, for the summary. */
  static Architecture mlpArchitecture() {
    return new Architecture() {
      @Override
      public String id() {
        return "tiny-mlp";
      }

      @Override
      public Family family() {
        return Family.MLP;
      }

      @Override
      public String description() {
        return "binarized 10-8 layer and FP head, for tests";
      }

      @Override
      public Block build(BinaryOperator operator, ModelSpec spec) {
        return mlp(operator);
      }
    };
  }

  static ModelComplexity count(Block model, Shape input) {
    return ComplexityCounter.count(model, input);
  }

  private static Block conv(BinaryOperator op, int out, int kernel, int stride, int padding) {
    return BinaryConv2d.builder().setOperator(op).setFilters(out).setKernelShape(kernel, kernel)
        .optStride(stride, stride).optPadding(padding, padding).build();
  }

  static BinaryOperator fp32() {
    return Operators.create("fp32");
  }
}
