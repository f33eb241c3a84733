package bibench.operators.quant;

import ai.djl.ndarray.NDArray;

/** Rescales the output of the binary product (XNOR++'s Gamma, ReCU's alpha), before the bias. */
public interface OutputScale extends LayerPart {

  /** No rescaling. */
  OutputScale NONE = (y, context) -> y;

  /** The rescaled output. */
  NDArray scale(NDArray y, LayerContext context);
}
