package bibench.operators.quant;

import ai.djl.ndarray.NDArray;
import bibench.operators.LayerContext;
import bibench.operators.LayerKind;
import bibench.operators.WeightQuantizer;
import java.util.function.DoubleSupplier;

/**
 * ReCU's weight binarization (Xu et al. 2021, arXiv 2103.12369), per output channel o:
 *
 * <ol>
 *   <li>w0 = W - mean(W_o)
 *   <li>w1 = w0 / (sqrt(var(w0_o) + 1e-5) / (2 sqrt 2)) (unbiased variance, as PyTorch's default
 *       in ReCU's code)
 *   <li>Q_tau = -mean(|w1|) * ln(2 - 2 tau), the mean over the whole tensor, detached
 *   <li>w2 = clamp(w1, -Q_tau, Q_tau)
 *   <li>q = sign(w2) (sign(0) = +1), gradient identity on w2
 * </ol>
 *
 * Steps 1, 2 and 4 are ordinary differentiable operations, so the gradient reaches W through them
 * (the clamp zeroes it outside +-Q_tau). tau comes from the operator's epoch hook.
 */
public final class RecuWeights implements WeightQuantizer {
  private static final double TWO_SQRT_TWO = 2 * Math.sqrt(2);
  private final DoubleSupplier tau;

  /** @param tau the current tau of ReCU's schedule */
  public RecuWeights(DoubleSupplier tau) {
    this.tau = tau;
  }

  @Override
  public NDArray quantize(NDArray w, LayerContext context) {
    LayerKind kind = context.geometry().kind();
    int[] axes = kind.weightChannelAxes();
    NDArray w0 = w.sub(Tensors.mean(w, axes));
    NDArray std = Tensors.unbiasedVariance(w0, axes).add(Tensors.scalar(w.getManager(), 1e-5f)).sqrt();
    NDArray w1 = w0.mul(Tensors.scalar(w.getManager(), (float) TWO_SQRT_TWO)).div(std);
    float qTau = clampBound(w1.stopGradient().abs().mean().getFloat(), tau.getAsDouble());
    NDArray w2 = w1.clip(-qTau, qTau);
    return Tensors.identityGradient(w2, Tensors.signPlus(w2));
  }

  /** Q_tau = -meanAbs * ln(2 - 2 tau). */
  static float clampBound(float meanAbs, double tau) {
    return (float) (-meanAbs * Math.log(2 - 2 * tau));
  }
}
