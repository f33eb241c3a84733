package bibench.operators.impl;

import bibench.operators.BinaryOperator;
import bibench.operators.LayerBinarizer;
import bibench.operators.LayerKind;
import bibench.operators.OutputScale;
import bibench.operators.quant.SignActivations;
import bibench.operators.quant.SignWeights;
import bibench.operators.quant.Surrogate;

/**
 * BNN (Courbariaux, Hubara et al. 2016, "Binarized Neural Networks", arXiv 1602.02830).
 *
 * <ul>
 *   <li>Activations: q = sign(X); gradient clipped STE, 1 on [-1, 1], 0 outside.
 *   <li>Weights: q = sign(W); gradient clipped STE.
 *   <li>No scale, no learnable extras; sign(0) = +1.
 * </ul>
 */
public final class Bnn implements BinaryOperator {
  @Override
  public String id() {
    return "bnn";
  }

  @Override
  public String displayName() {
    return "BNN";
  }

  @Override
  public String reference() {
    return "Courbariaux, Hubara et al. 2016, arXiv 1602.02830";
  }

  @Override
  public LayerBinarizer newLayer(LayerKind kind) {
    return new LayerBinarizer(
        new SignWeights(Surrogate.clippedSte(), false, false),
        new SignActivations(Surrogate.clippedSte(), false),
        OutputScale.NONE);
  }
}
