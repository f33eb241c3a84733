package bibench.operators.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import bibench.operators.BinaryOperator;
import bibench.operators.LayerGeometry;
import bibench.operators.LayerKind;

/**
 * A fully connected layer binarized by any operator, on inputs (..., in) with weights (out, in);
 * every leading axis is a row (a sample, or a token of a sequence). See {@link BinaryLayer}.
 */
public final class BinaryLinear extends BinaryLayer {

  private BinaryLinear(Builder builder) {
    super(LayerKind.LINEAR, builder.operator, builder.units, builder.bias);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public LayerGeometry geometryFor(Shape input) {
    int in = Math.toIntExact(input.get(input.dimension() - 1));
    return new LayerGeometry(LayerKind.LINEAR, in, outChannels(), 1, new int[0], new int[0]);
  }

  @Override
  protected Shape weightShape(LayerGeometry geometry) {
    return new Shape(geometry.outChannels(), geometry.inChannels());
  }

  @Override
  protected Shape outputShape(Shape input) {
    long[] dims = input.getShape().clone();
    dims[dims.length - 1] = outChannels();
    return new Shape(dims);
  }

  @Override
  protected NDArray product(NDArray x, NDArray w, NDArray biasOrNull) {
    return (biasOrNull == null ? Linear.linear(x, w) : Linear.linear(x, w, biasOrNull)).singletonOrThrow();
  }

  /** Builds a {@link BinaryLinear}: operator and units are required; bias defaults to false. */
  public static final class Builder {
    private BinaryOperator operator;
    private int units;
    private boolean bias;

    private Builder() {}

    /** The operator that binarizes the layer (required). */
    public Builder setOperator(BinaryOperator operator) {
      this.operator = operator;
      return this;
    }

    /** Number of output features (required). */
    public Builder setUnits(int units) {
      this.units = units;
      return this;
    }

    /** Whether to add a bias (default false). */
    public Builder optBias(boolean bias) {
      this.bias = bias;
      return this;
    }

    /** The layer. */
    public BinaryLinear build() {
      return new BinaryLinear(this);
    }
  }
}
