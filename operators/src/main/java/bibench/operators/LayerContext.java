package bibench.operators;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;

/** What a quantizer sees during one forward pass of its layer. */
public interface LayerContext {

  /** True while training; ReCU standardises activations only then, FDA adds noise only then. */
  boolean training();

  /** The layer's geometry. */
  LayerGeometry geometry();

  /** The manager of this forward pass (the batch's); every temporary should live here. */
  NDManager manager();

  /** The current value of one of the part's parameters, already in {@link #manager()}. */
  NDArray value(Parameter parameter);
}
