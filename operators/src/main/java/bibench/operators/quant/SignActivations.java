package bibench.operators.quant;

import ai.djl.ndarray.NDArray;
import bibench.operators.ActivationQuantizer;
import bibench.operators.LayerContext;
import bibench.operators.LayerKind;

/**
 * Activation binarization q = [beta *] sign(X) with a surrogate gradient (sign(0) = +1).
 *
 * <ul>
 *   <li>Forward: q = sign(X), or with {@code sampleScale} (XNOR-Net) q = beta * sign(X) with beta =
 *       mean(|X|) per sample over all non-batch axes (per row over the features for a linear
 *       layer), detached.
 *   <li>Gradient: dq/dX = s'(X) of the given surrogate.
 * </ul>
 */
public final class SignActivations implements ActivationQuantizer {
  private final Surrogate surrogate;
  private final boolean sampleScale;

  /**
   * @param surrogate the gradient rule
   * @param sampleScale multiply by beta = mean(|X|) per sample (XNOR-Net)
   */
  public SignActivations(Surrogate surrogate, boolean sampleScale) {
    this.surrogate = surrogate;
    this.sampleScale = sampleScale;
  }

  @Override
  public boolean scalesPerSample() {
    return sampleScale;
  }

  @Override
  public NDArray quantize(NDArray x, LayerContext context) {
    NDArray q = Tensors.signPlus(x);
    if (sampleScale) {
      LayerKind kind = context.geometry().kind();
      q = q.mul(Tensors.meanAbs(x, kind.sampleAxes(x.getShape().dimension())));
    }
    return Tensors.straightThrough(x, q, surrogate.gradient(x));
  }
}
