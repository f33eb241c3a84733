package bibench.operators.deploy;

/**
 * How a layer with 1-bit activations holds its weights: signs (W1A1, XNOR/popcount), trits (sign
 * and mask planes) or signs plus a sparse set of 8-bit salient weights (partial binarization).
 */
enum WeightFormat {
  /** One sign bit per weight. */
  BINARY,
  /** A sign and a mask bit per weight: -1, 0 or +1. */
  TERNARY,
  /** One sign bit per weight plus compressed rows of salient weights in FP32 (PB-LLM). */
  PARTIAL
}
