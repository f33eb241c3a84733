package bibench.operators.quant;

import ai.djl.ndarray.NDArray;

/**
 * How a Transformer's self-attention turns queries, keys and values into its context, and with
 * which precision: the attention-side plug point of an operator ({@link
 * bibench.operators.BinaryOperator#attention()}), separate from the weight and activation
 * quantizers of its dense layers. The Transformer architectures take it from the operator; models
 * without attention never ask.
 *
 * <ul>
 *   <li>{@link SoftmaxAttention} (id {@code softmax}): the FP32 model's softmax attention.
 *   <li>{@link StepAttention} (id {@code step}): BiBench's fully binarized attention (BiBERT's
 *       {0, 1} step of the scores), the default of every binarized operator.
 *   <li>{@link SoftmaxAwareAttention} (id {@code sab}): BiViT's softmax-aware binarization.
 * </ul>
 */
public interface AttentionBinarizer {

  /** The short id, as in an operator option {@code attention=<id>}. */
  String id();

  /** One line for docs and tables. */
  String description();

  /**
   * The context of attention on split heads.
   *
   * @param q queries (N, heads, T, d)
   * @param k keys (N, heads, T, d)
   * @param v values (N, heads, T, d)
   * @param keyMask (N, T), 1 for a real token and 0 for padding
   * @return (N, heads, T, d)
   */
  NDArray attend(NDArray q, NDArray k, NDArray v, NDArray keyMask);

  /**
   * The width in bits of both operands of the two attention products Q K^T and A V at
   * deployment: 1 when both are binary (XNOR/popcount, or a {0, 1} mask times signs), 32 otherwise.
   */
  int productBits();

  /**
   * The attention binarizer with this id.
   *
   * @throws bibench.BadInputException for an unknown id, listing the known ones
   */
  static AttentionBinarizer byId(String id) {
    return switch (id) {
      case "softmax" -> SoftmaxAttention.INSTANCE;
      case "step" -> StepAttention.INSTANCE;
      case "sab", "bivit" -> new SoftmaxAwareAttention();
      default -> throw new bibench.BadInputException("unknown attention binarizer '" + id + "'",
          "use one of: step (BiBench's, the default), sab (BiViT's softmax-aware binarization), softmax (FP32)");
    };
  }
}
