package bibench.operators.quant;

import bibench.operators.WeightQuantizer;
import bibench.operators.LayerContext;
import ai.djl.ndarray.NDArray;
import java.util.function.BooleanSupplier;

/**
 * BiPer's weight binarization by a periodic function (Vargas et al., CVPR 2024, arXiv 2404.01278).
 *
 * <ul>
 *   <li>Forward, binary stage: q = sign(sin(omega0 W)), a square wave of period 2 pi / omega0 (sign(0)
 *       = +1), so a latent weight maps to +1 or -1 over and over along its whole range rather than
 *       once at 0.
 *   <li>Forward, first stage: q = sin(omega0 W), the real-valued sine itself (weights not yet binary).
 *   <li>Gradient (both stages): the derivative of the sine of the same period, dq/dW = omega0
 *       cos(omega0 W): in the binary stage the sine is the surrogate of the square wave.
 * </ul>
 */
public final class PeriodicWeights implements WeightQuantizer {
  private final float omega;
  private final BooleanSupplier binaryStage;

  /**
   * @param omega the frequency omega0 of the square wave and of its sine surrogate
   * @param binaryStage true in BiPer's second (binary) stage, false in its first (sine) stage
   */
  public PeriodicWeights(double omega, BooleanSupplier binaryStage) {
    if (!(omega > 0) || Double.isInfinite(omega)) {
      throw new IllegalArgumentException("omega0 must be positive, got " + omega);
    }
    this.omega = (float) omega;
    this.binaryStage = binaryStage;
  }

  @Override
  public NDArray quantize(NDArray w, LayerContext context) {
    NDArray phase = w.stopGradient().mul(omega);
    NDArray sine = phase.sin();
    NDArray q = binaryStage.getAsBoolean() ? Tensors.signPlus(sine) : sine;
    return Tensors.straightThrough(w, q, phase.cos().mul(omega));
  }
}
