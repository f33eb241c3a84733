package bibench.operators;

import ai.djl.ndarray.NDArray;

/**
 * How a Transformer's self-attention turns queries, keys and values into its context, and with
 * which precision: the attention-side plug point of an operator ({@link BinaryOperator#attention()}),
 * separate from the weight and activation quantizers of its dense layers. The Transformer
 * architectures take it from the operator; models without attention never ask. The built-in ones
 * (registered in {@code META-INF/services/bibench.operators.AttentionBinarizer}, found by {@link
 * #byId}):
 *
 * <ul>
 *   <li>{@code softmax}: the FP32 model's softmax attention ({@code quant.SoftmaxAttention}).
 *   <li>{@code step}: BiBench's fully binarized attention (BiBERT's {0, 1} step of the scores), the
 *       default of every binarized operator ({@code quant.StepAttention}).
 *   <li>{@code sab}: BiViT's softmax-aware binarization ({@code quant.SoftmaxAwareAttention}).
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
   * The attention binarizer with this id (or class name).
   *
   * @throws bibench.BadInputException for an unknown id, listing the known ones
   */
  static AttentionBinarizer byId(String id) {
    return Holder.REGISTRY.create(id);
  }

  /** The registry, made on first use. */
  final class Holder {
    private static final bibench.Registry<AttentionBinarizer> REGISTRY =
        new bibench.Registry<>("attention binarizer", AttentionBinarizer.class, AttentionBinarizer::id);

    private Holder() {}
  }
}
