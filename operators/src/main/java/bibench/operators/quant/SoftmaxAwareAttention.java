package bibench.operators.quant;

import bibench.operators.AttentionBinarizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/**
 * BiViT's softmax-aware binarization (SAB) of the attention probabilities (He et al., ICCV 2023,
 * "BiViT: Extremely Compressed Binary Vision Transformers", arXiv 2211.07091, Sec. 3.2), on
 * BiBench's binary queries, keys and values.
 *
 * <ul>
 *   <li>Forward: q = sign(Q), k = sign(K), v = sign(V) (sign(0) = +1, clipped STE); S = q k^T /
 *       sqrt(d), padding keys get -10000; a_s = softmax(S) over the keys; per attention vector
 *       (row) the threshold T = beta * max(a_s), beta = 0.25 (detached); a_q = 1 where a_s &gt;= T
 *       else 0 (padding keys are 0); context = a_q v. This is the paper's form "with two
 *       approximations": the threshold follows the row maximum by the fitted coefficient, and the
 *       basis scale v* is dropped so that a_q is a {0, 1} matrix, as in BiBench's step.
 *   <li>Gradient: straight through from a_q to the softmax output a_s (identity), then through the
 *       softmax to the scores: the "softmax-aware" backward of the paper's Eq. 13, where BiBERT's
 *       step passes the gradient straight to the scores.
 *   <li>Deployment: a_s &gt;= beta max(a_s) is S_j &gt;= max_j S + ln(beta), so the deployed model
 *       needs no exponential: one row maximum of the popcount scores and a compare against
 *       max - sqrt(d) ln 4. Both products stay binary.
 * </ul>
 *
 * BiViT's other parts (cross-layer binarization, a two-stage schedule; learnable weight scales) are
 * not part of this attention binarizer. It is the attention of the {@code bivit} operator and the
 * choice {@code attention=sab} of any operator.
 */
public final class SoftmaxAwareAttention implements AttentionBinarizer {
  /** BiViT's fitted ratio of the threshold to the row maximum. */
  public static final float BETA = 0.25f;

  @Override
  public String id() {
    return "sab";
  }

  @Override
  public String description() {
    return "BiViT's softmax-aware binarization: 1[softmax >= 0.25 max] sign(V)";
  }

  @Override
  public NDArray attend(NDArray q, NDArray k, NDArray v, NDArray keyMask) {
    NDArray scores = SoftmaxAttention.sign(q).matMul(SoftmaxAttention.sign(k).transpose(0, 1, 3, 2))
        .mul(SoftmaxAttention.inverseSqrt(q));
    NDArray probabilities = SoftmaxAttention.probabilities(scores, keyMask);
    NDArray weights = binarize(probabilities).mul(keyMask.stopGradient().expandDims(1).expandDims(1));
    return weights.matMul(SoftmaxAttention.sign(v));
  }

  @Override
  public int productBits() {
    return 1;
  }

  /**
   * a_q = 1 where a_s &gt;= 0.25 max(a_s) along the last axis, else 0; identity gradient to a_s.
   */
  public static NDArray binarize(NDArray probabilities) {
    NDArray detached = probabilities.stopGradient();
    NDArray threshold = detached.max(new int[] {-1}, true).mul(BETA);
    NDArray forward = detached.gte(threshold).toType(DataType.FLOAT32, false);
    return Tensors.identityGradient(probabilities, forward);
  }
}
