package bibench.operators.impl;

import bibench.operators.BinaryOperator;
import bibench.operators.LayerBinarizer;
import bibench.operators.LayerKind;
import bibench.operators.quant.FdaActivations;
import bibench.operators.quant.FdaSchedule;
import bibench.operators.quant.FdaWeights;
import bibench.operators.OutputScale;

/**
 * FDA, Fourier domain approximation (Xu et al. 2021, "Learning Frequency Domain Approximation for
 * Binary Neural Networks", arXiv 2111.00111).
 *
 * <ul>
 *   <li>Activations and weights: q = sign(x); gradient (4 omega / pi) sum_{i=0..n} cos((2i + 1) omega
 *       x), 0 where |x| &gt; 1, omega = 0.1.
 *   <li>While training, a noise-adaptation term a_t * NA(.) is added to both binarized tensors (NA:
 *       a small MLP plus 0.1 sin); then the weights are multiplied by alpha_o = mean(|W_o|)
 *       (detached).
 *   <li>Epoch hook: n(e) = 9 + floor(9 e / E), a_t(e) = 0.05 (1 + cos(pi (e + 1) / E)); a_t = 0 at
 *       the last epoch, so the deployed model is purely binary and alpha folds.
 * </ul>
 */
public final class Fda implements BinaryOperator {
  private final FdaSchedule schedule = new FdaSchedule();

  @Override
  public String id() {
    return "fda";
  }

  @Override
  public String displayName() {
    return "FDA";
  }

  @Override
  public String reference() {
    return "Xu et al. 2021, arXiv 2111.00111";
  }

  @Override
  public LayerBinarizer newLayer(LayerKind kind) {
    return new LayerBinarizer(new FdaWeights(schedule), new FdaActivations(schedule), OutputScale.NONE);
  }

  @Override
  public void onEpoch(int epoch, int epochs) {
    schedule.update(epoch, epochs);
  }

  /** The current schedule (n and a_t). */
  public FdaSchedule schedule() {
    return schedule;
  }
}
