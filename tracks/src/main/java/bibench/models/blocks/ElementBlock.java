package bibench.models.blocks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A parameter-free block with one input and one output. Architectures are built from a small,
 * typed vocabulary of such blocks (rather than opaque lambdas) so that the complexity counter and
 * the deployment converter can walk a model and know what every node does.
 */
public abstract class ElementBlock extends AbstractBlock {

  /** The block's function. */
  protected abstract NDArray apply(NDArray x);

  /** The output shape for an input shape. */
  protected abstract Shape outputShape(Shape input);

  @Override
  protected final NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    return new NDList(apply(inputs.singletonOrThrow()));
  }

  @Override
  public final Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {outputShape(inputShapes[0])};
  }
}
