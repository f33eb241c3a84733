package bibench.operators;

import ai.djl.ndarray.NDArray;
import bibench.operators.LayerGeometry;
import java.util.List;

/**
 * Turns a layer's latent real weights W into the weights its forward pass uses (binary, ternary,
 * partially binary or full precision, possibly scaled), with a surrogate gradient back to W.
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

  /**
   * How the deployed layer stores its weights and how wide they are in the products: by default
   * one group of C_out x fanIn 1-bit weights. A quantizer whose deployed weights are not all 1-bit
   * (ternary, 8-bit, partial binarization, full precision) says so here; the complexity track
   * counts from it.
   */
  default List<WeightGroup> deployedWeights(LayerGeometry geometry) {
    return List.of(WeightGroup.binary((long) geometry.outChannels() * geometry.fanIn()));
  }
}
