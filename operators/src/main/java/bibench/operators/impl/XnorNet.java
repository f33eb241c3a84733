package bibench.operators.impl;

import bibench.operators.BinaryOperator;
import bibench.operators.ExtraFpPass;
import bibench.operators.LayerBinarizer;
import bibench.operators.LayerKind;
import bibench.operators.OutputScale;
import bibench.operators.quant.SignActivations;
import bibench.operators.quant.SignWeights;
import bibench.operators.quant.Surrogate;

/**
 * XNOR-Net (Rastegari et al. 2016, arXiv 1603.05279).
 *
 * <ul>
 *   <li>Activations: q = beta * sign(X), beta = mean(|X|) per sample over all non-batch axes
 *       (detached; per row for a linear layer); gradient clipped STE.
 *   <li>Weights: q = alpha * sign(W), alpha_o = mean(|W_o|) per output channel (detached); gradient
 *       clipped STE. A linear layer first centres each weight row, W - rowmean(W).
 *   <li>Deployment: beta depends on the input at run time, so it costs an extra FP pass (a
 *       reduction over the input and a multiply per output).
 * </ul>
 */
public final class XnorNet implements BinaryOperator {
  @Override
  public String id() {
    return "xnor";
  }

  @Override
  public String displayName() {
    return "XNOR-Net";
  }

  @Override
  public String reference() {
    return "Rastegari et al. 2016, arXiv 1603.05279";
  }

  @Override
  public LayerBinarizer newLayer(LayerKind kind) {
    return new LayerBinarizer(
        new SignWeights(Surrogate.clippedSte(), true, true),
        new SignActivations(Surrogate.clippedSte(), true),
        OutputScale.NONE);
  }

  @Override
  public ExtraFpPass extraFpPass() {
    return ExtraFpPass.PER_SAMPLE_INPUT_SCALE;
  }
}
