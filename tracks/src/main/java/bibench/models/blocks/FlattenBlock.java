package bibench.models.blocks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/** Flattens every axis after the batch axis: (N, ...) to (N, prod(...)). */
public final class FlattenBlock extends ElementBlock {

  @Override
  protected NDArray apply(NDArray x) {
    return x.reshape(x.getShape().get(0), -1);
  }

  @Override
  protected Shape outputShape(Shape input) {
    return new Shape(input.get(0), input.size() / input.get(0));
  }

  @Override
  public String toString() {
    return "flatten";
  }
}
