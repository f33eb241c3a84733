package bibench.models.blocks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import bibench.operators.BinaryOperator;

/**
 * An element-wise activation. BiBench's recipe trains the FP32 model with ReLU and switches a
 * binarized model to Hardtanh, clamp(x, -1, 1), whose gradient (1 on [-1, 1]) matches the
 * surrogates of the binarized layers that follow.
 */
public final class ActivationBlock extends ElementBlock {

  /** The supported activations. */
  public enum Kind {
    RELU,
    HARDTANH
  }

  private final Kind kind;

  public ActivationBlock(Kind kind) {
    this.kind = kind;
  }

  /** ReLU for the FP32 reference, Hardtanh for every binarized operator. */
  public static ActivationBlock forOperator(BinaryOperator operator) {
    return new ActivationBlock(operator.binary() ? Kind.HARDTANH : Kind.RELU);
  }

  /** The activation. */
  public Kind kind() {
    return kind;
  }

  @Override
  protected NDArray apply(NDArray x) {
    return kind == Kind.RELU ? Activation.relu(x) : x.clip(-1f, 1f);
  }

  @Override
  protected Shape outputShape(Shape input) {
    return input;
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
