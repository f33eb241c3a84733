package bibench.operators;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;

/**
 * Turns a layer's input activations X into binary (possibly scaled) activations, or into the
 * low-bit activations of an operator that is not fully binary. At deployment a binarized
 * activation quantizer is [beta *] sign(X + theta): {@link #threshold()} names theta (or null for
 * 0) and {@link #scalesPerSample()} says whether beta = mean(|X|) per sample applies.
 */
public interface ActivationQuantizer extends LayerPart {

  /** The activations to convolve or multiply with. */
  NDArray quantize(NDArray x, LayerContext context);

  /** The learnable per-input-channel threshold theta (bit = X &gt;= -theta), or null for none. */
  default Parameter threshold() {
    return null;
  }

  /** Whether the binary activations are multiplied by mean(|X|) per sample (XNOR-Net). */
  default boolean scalesPerSample() {
    return false;
  }

  /**
   * b_a, the width of the quantized activations in a multiply-accumulate: 1 for sign activations
   * (the default), 8 for 8-bit ones, 32 for full precision.
   */
  default int bits() {
    return 1;
  }
}
