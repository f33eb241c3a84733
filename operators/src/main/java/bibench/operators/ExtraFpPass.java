package bibench.operators;

/**
 * Floating-point work an operator still needs at inference, after every per-channel scale has been
 * folded into the XNOR/popcount kernel's multiplier and bias.
 */
public enum ExtraFpPass {
  /** Everything folds: the deployed layer is the binary product plus one multiply-add per output. */
  NONE("none"),
  /**
   * XNOR-Net's activation scale beta = mean(|X|) per sample (and BitNet b1.58's 8-bit absmax scale
   * per token) depends on the input at run time: one reduction over the input and one multiply per
   * output.
   */
  PER_SAMPLE_INPUT_SCALE("needs extra FP pass: per-sample input scale (reduction over the input, multiply per output)"),
  /**
   * XNOR-Net++'s spatial factors h (x) w (or l) vary over the output positions: one multiply per
   * output element. A linear layer has no spatial factor, so nothing is extra there.
   */
  SPATIAL_OUTPUT_SCALE("needs extra FP pass: spatial output factors (multiply per output)");

  private final String description;

  ExtraFpPass(String description) {
    this.description = description;
  }

  /** A one-line description for tables. */
  public String description() {
    return description;
  }

  /**
   * Extra FP operations (counted as FP multiply-accumulates) of one layer at inference.
   *
   * @param kind the layer kind
   * @param inputElements elements of the layer's input (one sample)
   * @param outputElements elements of the layer's output (one sample)
   */
  public long extraOps(LayerKind kind, long inputElements, long outputElements) {
    return switch (this) {
      case NONE -> 0;
      case PER_SAMPLE_INPUT_SCALE -> inputElements + outputElements;
      case SPATIAL_OUTPUT_SCALE -> kind == LayerKind.LINEAR ? 0 : outputElements;
    };
  }
}
