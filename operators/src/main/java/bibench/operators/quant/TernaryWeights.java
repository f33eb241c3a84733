package bibench.operators.quant;

import bibench.operators.WeightGroup;
import bibench.operators.WeightQuantizer;
import bibench.operators.LayerContext;
import ai.djl.ndarray.NDArray;
import bibench.operators.LayerGeometry;
import java.util.List;

/**
 * Ternary weights of BitNet b1.58 (Ma et al. 2024, arXiv 2402.17764) and of its median variant
 * (Nielsen &amp; Schneider-Kamp 2024, "BitNet b1.58 Reloaded", arXiv 2407.09527).
 *
 * <ul>
 *   <li>Forward: gamma = mean(|W|) over the whole weight tensor (or median(|W|), the lower median
 *       as PyTorch's {@code median}), at least 1e-5, detached; q = RoundClip(W / gamma, -1, 1) *
 *       gamma, where RoundClip(x, -1, 1) = max(-1, min(1, round(x))) and round is PyTorch's (halves
 *       to even). So q is in {-gamma, 0, +gamma}.
 *   <li>Gradient: the straight-through estimator, dq/dW = 1 (BitNet's {@code w + (q - w).detach()}).
 *   <li>Deployment: ternary weights, 2 bits in the products (b_w = 2); stored at 1.6 bits each,
 *       five to a byte in base 3 ({@link TernaryPacking}), plus gamma in 32 bits per layer.
 * </ul>
 */
public final class TernaryWeights implements WeightQuantizer {
  /** How the per-tensor scale gamma is taken from |W|. */
  public enum Scale {
    /** BitNet b1.58's absmean. */
    MEAN,
    /** BitNet b1.58 Reloaded's median of |W|. */
    MEDIAN
  }

  /** The smallest gamma, as BitNet's reference code clamps it. */
  public static final float MIN_SCALE = 1e-5f;

  private final Scale scale;

  /** @param scale absmean (BitNet b1.58) or median (BitNet b1.58 Reloaded) */
  public TernaryWeights(Scale scale) {
    this.scale = scale;
  }

  @Override
  public NDArray quantize(NDArray w, LayerContext context) {
    NDArray magnitude = w.stopGradient().abs();
    NDArray gamma = (scale == Scale.MEAN ? magnitude.mean() : lowerMedian(magnitude)).maximum(MIN_SCALE);
    NDArray q = w.stopGradient().div(gamma).round().clip(-1f, 1f).mul(gamma);
    return Tensors.identityGradient(w, q);
  }

  /** The lower median of all elements (element (n - 1) / 2 of the sorted values), as a 0-d array. */
  static NDArray lowerMedian(NDArray values) {
    NDArray sorted = values.flatten().sort();
    return sorted.get((sorted.size() - 1) / 2);
  }

  @Override
  public List<WeightGroup> deployedWeights(LayerGeometry geometry) {
    long n = (long) geometry.outChannels() * geometry.fanIn();
    return List.of(new WeightGroup("ternary", n, 2, TernaryPacking.BITS_PER_WEIGHT, 32));
  }
}
