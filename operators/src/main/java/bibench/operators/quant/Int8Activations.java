package bibench.operators.quant;

import bibench.operators.ActivationQuantizer;
import bibench.operators.LayerContext;
import ai.djl.ndarray.NDArray;
import bibench.operators.LayerKind;

/**
 * BitNet b1.58's 8-bit activations (Ma et al. 2024, arXiv 2402.17764; as in BitNet, Wang et al.
 * 2023, arXiv 2310.11453): absmax quantization per token, scaled to [-Q_b, Q_b] with Q_b = 127.
 *
 * <ul>
 *   <li>Forward: s = 127 / max(|X|, 1e-5) per row (a token: the feature axis of a linear layer's
 *       input) or per sample (all non-batch axes of a convolution's input), detached; q =
 *       Clip(round(X s), -128, 127) / s (round halves to even).
 *   <li>Gradient: the straight-through estimator, dq/dX = 1.
 *   <li>Deployment: 8-bit activations (b_a = 8) with one FP scale per token or sample, applied
 *       once per output with the weight scale.
 * </ul>
 */
public final class Int8Activations implements ActivationQuantizer {
  /** Q_b, the largest quantized magnitude. */
  public static final float LEVELS = 127f;

  @Override
  public NDArray quantize(NDArray x, LayerContext context) {
    LayerKind kind = context.geometry().kind();
    NDArray xd = x.stopGradient();
    NDArray max = maxAbs(xd, kind).maximum(TernaryWeights.MIN_SCALE);
    NDArray scale = max.getManager().full(max.getShape(), LEVELS).div(max);
    NDArray q = xd.mul(scale).round().clip(-128f, 127f).div(scale);
    return Tensors.identityGradient(x, q);
  }

  /**
   * max |x| over the feature axis of a linear layer's rows, or over all non-batch axes of a
   * convolution's samples, kept as size-1 axes (the engine's max takes one axis at a time).
   */
  static NDArray maxAbs(NDArray x, LayerKind kind) {
    int ndim = x.getShape().dimension();
    if (kind == LayerKind.LINEAR) {
      return x.abs().max(new int[] {ndim - 1}, true);
    }
    long[] kept = new long[ndim];
    java.util.Arrays.fill(kept, 1);
    kept[0] = x.getShape().get(0);
    return x.abs().reshape(kept[0], -1).max(new int[] {1}, true).reshape(new ai.djl.ndarray.types.Shape(kept));
  }

  @Override
  public int bits() {
    return 8;
  }
}
