package bibench.models.blocks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import bibench.operators.quant.Tensors;

/**
 * Sentence pooling of an encoder's output: (hidden (N, T, H), mask (N, T)) to the mean of the
 * hidden states of the real (non-padding) tokens, (N, H). A sequence of padding only pools to 0.
 * No parameters.
 */
public final class MaskedMeanPoolBlock extends AbstractBlock {

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray h = inputs.get(0);
    NDArray mask = inputs.get(1).stopGradient();
    NDArray sum = h.mul(mask.expandDims(2)).sum(new int[] {1});
    NDArray count = mask.sum(new int[] {1}, true).maximum(Tensors.scalar(mask.getManager(), 1f));
    return new NDList(sum.div(count));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {new Shape(inputShapes[0].get(0), inputShapes[0].get(2))};
  }

  @Override
  public String toString() {
    return "masked_mean";
  }
}
