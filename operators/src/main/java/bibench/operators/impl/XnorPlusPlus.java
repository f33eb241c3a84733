package bibench.operators.impl;

import bibench.operators.BinaryOperator;
import bibench.operators.ExtraFpPass;
import bibench.operators.LayerBinarizer;
import bibench.operators.LayerKind;
import bibench.operators.quant.RankOneScale;
import bibench.operators.quant.SignActivations;
import bibench.operators.quant.SignWeights;
import bibench.operators.quant.Surrogate;

/**
 * XNOR-Net++ (Bulat &amp; Tzimiropoulos 2019, arXiv 1909.13863).
 *
 * <ul>
 *   <li>Activations: q = sign(X); gradient clipped STE. Weights: q = sign(W); gradient clipped STE.
 *   <li>Output: Y = conv(qX, qW) * Gamma, a learned rank-1 scale o[C_out] (x) h[H_out] (x) w[W_out]
 *       for Conv2d, o (x) l[L_out] for Conv1d, o[out] for Linear; all factors start at 1.
 *   <li>Deployment: o folds; the spatial factors cost an extra FP multiply per output element.
 * </ul>
 */
public final class XnorPlusPlus implements BinaryOperator {
  @Override
  public String id() {
    return "xnorpp";
  }

  @Override
  public String displayName() {
    return "XNOR++";
  }

  @Override
  public String reference() {
    return "Bulat & Tzimiropoulos 2019, arXiv 1909.13863";
  }

  @Override
  public LayerBinarizer newLayer(LayerKind kind) {
    return new LayerBinarizer(
        new SignWeights(Surrogate.clippedSte(), false, false),
        new SignActivations(Surrogate.clippedSte(), false),
        new RankOneScale(kind.spatialDims()));
  }

  @Override
  public ExtraFpPass extraFpPass() {
    return ExtraFpPass.SPATIAL_OUTPUT_SCALE;
  }
}
