package bibench.operators.impl;

import bibench.operators.BinaryOperator;
import bibench.operators.LayerBinarizer;
import bibench.operators.LayerKind;
import bibench.operators.OutputScale;
import bibench.operators.quant.SignWeights;
import bibench.operators.quant.Surrogate;
import bibench.operators.quant.ThresholdSignActivations;

/**
 * ReActNet's operator (Liu et al. 2020, arXiv 2003.03488).
 *
 * <ul>
 *   <li>Activations: RSign, q = sign(X + theta), theta a learnable threshold per input channel
 *       starting at 0; gradient ApproxSign at X + theta, so theta is trained. (BiBench's Linear
 *       variant forgets theta in the forward pass; it is applied here.)
 *   <li>Weights: q = alpha * sign(W), alpha_o = mean(|W_o|) per output channel (detached); gradient
 *       clipped STE.
 *   <li>RPReLU, the distribution loss and two-step training belong to ReActNet's full recipe, not to
 *       the operator. Deployment: theta becomes the packing threshold (bit = X &gt;= -theta).
 * </ul>
 */
public final class ReActNet implements BinaryOperator {
  @Override
  public String id() {
    return "react";
  }

  @Override
  public String displayName() {
    return "ReActNet";
  }

  @Override
  public String reference() {
    return "Liu et al. 2020, arXiv 2003.03488";
  }

  @Override
  public LayerBinarizer newLayer(LayerKind kind) {
    return new LayerBinarizer(
        new SignWeights(Surrogate.clippedSte(), true, false),
        new ThresholdSignActivations(),
        OutputScale.NONE);
  }
}
