package bibench.operators.impl;

import bibench.operators.BinaryOperator;
import bibench.operators.LayerBinarizer;
import bibench.operators.LayerKind;
import bibench.operators.OutputScale;
import bibench.operators.quant.SignActivations;
import bibench.operators.quant.SignWeights;
import bibench.operators.quant.Surrogate;

/**
 * Bi-Real Net's operator (Liu et al. 2018, arXiv 1808.00278).
 *
 * <ul>
 *   <li>Activations: q = sign(X); gradient ApproxSign, 2 + 2x on [-1, 0), 2 - 2x on [0, 1), 0
 *       elsewhere.
 *   <li>Weights: q = alpha * sign(W), alpha_o = mean(|W_o|) per output channel (detached); gradient
 *       clipped STE.
 *   <li>Bi-Real's real-valued shortcut around every convolution is an architecture choice, not part
 *       of the operator.
 * </ul>
 */
public final class BiReal implements BinaryOperator {
  @Override
  public String id() {
    return "bireal";
  }

  @Override
  public String displayName() {
    return "Bi-Real";
  }

  @Override
  public String reference() {
    return "Liu et al. 2018, arXiv 1808.00278";
  }

  @Override
  public LayerBinarizer newLayer(LayerKind kind) {
    return new LayerBinarizer(
        new SignWeights(Surrogate.clippedSte(), true, false),
        new SignActivations(Surrogate.approxSign(), false),
        OutputScale.NONE);
  }
}
