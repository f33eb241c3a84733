package bibench.operators;

import ai.djl.ndarray.NDArray;

/**
 * Turns a layer's latent real weights W into the weights its forward pass uses (binary, possibly
 * scaled), with a surrogate gradient back to W.
 */
public interface WeightQuantizer extends LayerPart {

  /** The weights to convolve or multiply with; {@code w} is already in the batch's manager. */
  NDArray quantize(NDArray w, LayerContext context);

  /**
   * Whether the quantized weights are sign times a scale per output channel (alpha_o), which the
   * deployed model keeps as one FP value per channel (folded into the kernel's multiplier).
   */
  default boolean scalesPerOutputChannel() {
    return false;
  }
}
