package bibench.operators.quant;

import bibench.operators.AttentionBinarizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * Full-precision attention (the FP32 model's): S = Q K^T / sqrt(d), padding keys get -10000, A =
 * softmax(S) over the keys, context = A V. Both products are 32-bit.
 */
public final class SoftmaxAttention implements AttentionBinarizer {
  /** The one instance (it has no state). */
  public static final SoftmaxAttention INSTANCE = new SoftmaxAttention();

  /** Score given to padding keys before the softmax. */
  static final float MASKED_SCORE = -10000f;

  /** The instance the service loader makes; {@link #INSTANCE} is the same. */
  public SoftmaxAttention() {}

  @Override
  public String id() {
    return "softmax";
  }

  @Override
  public String description() {
    return "softmax attention, FP32 products";
  }

  @Override
  public NDArray attend(NDArray q, NDArray k, NDArray v, NDArray keyMask) {
    return probabilities(q.matMul(k.transpose(0, 1, 3, 2)).mul(inverseSqrt(q)), keyMask).matMul(v);
  }

  @Override
  public int productBits() {
    return 32;
  }

  /** softmax(scores - 10000 (1 - mask)) over the keys; scores (N, heads, T, T), mask (N, T). */
  static NDArray probabilities(NDArray scores, NDArray keyMask) {
    NDArray penalty = keyMask.stopGradient().sub(1f).mul(-MASKED_SCORE).expandDims(1).expandDims(1);
    return scores.add(penalty).softmax(-1);
  }

  /** 1 / sqrt(d) for heads of size d = q's last axis, as an engine scalar (safe with gradients). */
  static NDArray inverseSqrt(NDArray q) {
    NDManager m = q.getManager();
    return Tensors.scalar(m, (float) (1 / Math.sqrt(q.getShape().get(3))));
  }

  /** sign(x) with sign(0) = +1 and the clipped straight-through gradient (1 where |x| &lt;= 1). */
  static NDArray sign(NDArray x) {
    return Tensors.straightThrough(x, Tensors.signPlus(x), Surrogate.clippedSte().gradient(x));
  }
}
