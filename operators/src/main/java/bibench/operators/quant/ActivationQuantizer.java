package bibench.operators.quant;

import ai.djl.ndarray.NDArray;

/** Turns a layer's input activations X into binary (possibly scaled) activations. */
public interface ActivationQuantizer extends LayerPart {

  /** The activations to convolve or multiply with. */
  NDArray quantize(NDArray x, LayerContext context);
}
