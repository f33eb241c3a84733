package bibench.operators.impl;

import bibench.operators.quant.TernaryWeights;

/**
 * BitNet b1.58 Reloaded's median variant (Nielsen &amp; Schneider-Kamp 2024, "BitNet b1.58 Reloaded:
 * State-of-the-art Performance Also on Smaller Networks", arXiv 2407.09527), W1.58A8: as {@link
 * BitNet158} but the ternary scale is gamma = median |W| of the layer (the lower median, as
 * PyTorch's {@code median}), which the paper found better for small networks. Activations 8-bit
 * absmax, attention softmax, ternary x int8 at deployment.
 */
public final class BitNet158Median extends BitNet158 {
  /** The median variant. */
  public BitNet158Median() {
    super("bitnet158-median", TernaryWeights.Scale.MEDIAN);
  }

  @Override
  public String displayName() {
    return "BitNet b1.58 median";
  }

  @Override
  public String reference() {
    return "Nielsen & Schneider-Kamp 2024, arXiv 2407.09527 (W1.58A8, median scale)";
  }
}
