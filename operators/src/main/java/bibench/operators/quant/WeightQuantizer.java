package bibench.operators.quant;

import ai.djl.ndarray.NDArray;

/**
 * Turns a layer's latent real weights W into the weights its forward pass uses (binary, possibly
 * scaled), with a surrogate gradient back to W.
 */
public interface WeightQuantizer extends LayerPart {

  /** The weights to convolve or multiply with; {@code w} is already in the batch's manager. */
  NDArray quantize(NDArray w, LayerContext context);
}
