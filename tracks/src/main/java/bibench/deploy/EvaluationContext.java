package bibench.deploy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import bibench.operators.LayerGeometry;
import bibench.operators.LayerContext;

/** A layer's quantizers as they run in evaluation, over the layer's trained parameters. */
record EvaluationContext(LayerGeometry geometry, NDManager manager) implements LayerContext {

  @Override
  public boolean training() {
    return false;
  }

  @Override
  public NDArray value(Parameter parameter) {
    return parameter.getArray();
  }
}
