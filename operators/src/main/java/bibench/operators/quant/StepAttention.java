package bibench.operators.quant;

import bibench.operators.AttentionBinarizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/**
 * BiBench's fully binarized attention (BiNLP's BinaryBertSelfAttention, after BiBERT, Qin et al.
 * 2022, arXiv 2203.06390): q = sign(Q), k = sign(K), v = sign(V) (sign(0) = +1, clipped
 * straight-through gradient); S = q k^T / sqrt(d); A = step(S) = 1 where S &gt;= 0 else 0, with the
 * clipped straight-through gradient (1 where |S| &lt;= 1); padding keys get A = 0; context = A v,
 * unnormalized. Softmax is gone, so both products are binary. The default attention of every
 * binarized operator.
 */
public final class StepAttention implements AttentionBinarizer {
  /** The one instance (it has no state). */
  public static final StepAttention INSTANCE = new StepAttention();

  /** The instance the service loader makes; {@link #INSTANCE} is the same. */
  public StepAttention() {}

  @Override
  public String id() {
    return "step";
  }

  @Override
  public String description() {
    return "BiBench's binary attention: step(sign(Q) sign(K)^T) sign(V)";
  }

  @Override
  public NDArray attend(NDArray q, NDArray k, NDArray v, NDArray keyMask) {
    NDArray scores = SoftmaxAttention.sign(q).matMul(SoftmaxAttention.sign(k).transpose(0, 1, 3, 2))
        .mul(SoftmaxAttention.inverseSqrt(q));
    NDArray weights = step(scores).mul(keyMask.stopGradient().expandDims(1).expandDims(1));
    return weights.matMul(SoftmaxAttention.sign(v));
  }

  @Override
  public int productBits() {
    return 1;
  }

  /** step(s) = 1 where s &gt;= 0 else 0, with the clipped straight-through gradient. */
  public static NDArray step(NDArray s) {
    NDArray forward = s.stopGradient().gte(0f).toType(DataType.FLOAT32, false);
    return Tensors.straightThrough(s, forward, Surrogate.clippedSte().gradient(s));
  }
}
