package bibench.operators.quant;

import ai.djl.ndarray.NDArray;
import bibench.operators.ActivationQuantizer;
import bibench.operators.LayerContext;
import bibench.operators.LayerKind;

/**
 * ReCU's activation binarization (Xu et al. 2021, arXiv 2103.12369).
 *
 * <ul>
 *   <li>Forward: in training a0 = X / sqrt(var(X per sample) + 1e-5) (unbiased variance over all
 *       non-batch axes; differentiable); in evaluation a0 = X. q = sign(a0), sign(0) = +1.
 *   <li>Gradient: max(0, 2 - 2|a0|) with respect to a0.
 *   <li>The standardisation is training-only: the deployed model binarizes X directly.
 * </ul>
 */
public final class RecuActivations implements ActivationQuantizer {
  private final Surrogate surrogate = Surrogate.approxSign();

  @Override
  public NDArray quantize(NDArray x, LayerContext context) {
    NDArray a0 = x;
    if (context.training()) {
      LayerKind kind = context.geometry().kind();
      int[] axes = kind.sampleAxes(x.getShape().dimension());
      NDArray std = Tensors.unbiasedVariance(x, axes).add(Tensors.scalar(x.getManager(), 1e-5f)).sqrt();
      a0 = x.div(std);
    }
    return Tensors.straightThrough(a0, Tensors.signPlus(a0), surrogate.gradient(a0));
  }
}
