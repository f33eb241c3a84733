package bibench.operators.impl;

import bibench.operators.BinaryOperator;
import bibench.operators.LayerBinarizer;
import bibench.operators.LayerKind;
import bibench.operators.OutputScale;
import bibench.operators.quant.SignActivations;
import bibench.operators.quant.SignWeights;
import bibench.operators.quant.Surrogate;

/**
 * DoReFa-Net, 1-bit case (Zhou et al. 2016, arXiv 1606.06160).
 *
 * <ul>
 *   <li>Activations: q = sign(X); gradient clipped STE.
 *   <li>Weights: q = alpha * sign(W), alpha_o = mean(|W_o|) per output channel (detached); gradient
 *       clipped STE.
 *   <li>Deployment: alpha folds into the per-channel multiplier.
 * </ul>
 */
public final class DoReFa implements BinaryOperator {
  @Override
  public String id() {
    return "dorefa";
  }

  @Override
  public String displayName() {
    return "DoReFa";
  }

  @Override
  public String reference() {
    return "Zhou et al. 2016, arXiv 1606.06160";
  }

  @Override
  public LayerBinarizer newLayer(LayerKind kind) {
    return new LayerBinarizer(
        new SignWeights(Surrogate.clippedSte(), true, false),
        new SignActivations(Surrogate.clippedSte(), false),
        OutputScale.NONE);
  }
}
