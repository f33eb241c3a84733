package bibench.models.blocks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import bibench.operators.BinaryOperator;
import bibench.operators.nn.BinaryLinear;
import bibench.operators.AttentionBinarizer;
import bibench.operators.quant.SoftmaxAttention;
import bibench.operators.quant.StepAttention;

/**
 * Multi-head self-attention of a BERT-style encoder: (hidden (N, T, H), mask (N, T)) to the
 * context (N, T, H), before the attention-output dense layer. Q, K and V are {@link BinaryLinear}
 * projections split into {@code heads} heads of size d = H / heads; an {@link AttentionBinarizer}
 * turns the split heads into the context. It comes from the model's operator ({@link
 * BinaryOperator#attention()}):
 *
 * <ul>
 *   <li>{@link SoftmaxAttention} (the FP32 model): S = Q K^T / sqrt(d), padding keys get -10000,
 *       A = softmax(S) over the keys, context = A V.
 *   <li>{@link StepAttention} (BiBench's fully binarized attention, the default of every binarized
 *       operator): A = step(sign(Q) sign(K)^T / sqrt(d)), context = A sign(V), unnormalized.
 *   <li>{@link bibench.operators.quant.SoftmaxAwareAttention} (BiViT's, the {@code bivit}
 *       operator or {@code attention=sab}): A = 1[softmax(S) &gt;= 0.25 max] per row, context = A
 *       sign(V).
 * </ul>
 */
public final class SelfAttentionBlock extends AbstractBlock {

  private final BinaryLinear query;
  private final BinaryLinear key;
  private final BinaryLinear value;
  private final int heads;
  private final AttentionBinarizer attention;

  /**
   * @param query the Q projection
   * @param key the K projection
   * @param value the V projection
   * @param heads number of heads; the projections' width must divide by it
   * @param attention how the heads attend: softmax, BiBench's binary step, or BiViT's SAB
   */
  public SelfAttentionBlock(BinaryLinear query, BinaryLinear key, BinaryLinear value, int heads,
      AttentionBinarizer attention) {
    int width = query.outChannels();
    if (key.outChannels() != width || value.outChannels() != width || heads < 1 || width % heads != 0) {
      throw new IllegalArgumentException(
          "Q, K, V need the same width, divisible by " + heads + " heads; got " + width);
    }
    this.query = addChildBlock("query", query);
    this.key = addChildBlock("key", key);
    this.value = addChildBlock("value", value);
    this.heads = heads;
    this.attention = java.util.Objects.requireNonNull(attention, "attention");
  }

  /** The Q projection. */
  public BinaryLinear query() {
    return query;
  }

  /** The K projection. */
  public BinaryLinear key() {
    return key;
  }

  /** The V projection. */
  public BinaryLinear value() {
    return value;
  }

  /** Number of heads. */
  public int heads() {
    return heads;
  }

  /** Width of the projections, H. */
  public int width() {
    return query.outChannels();
  }

  /** Size of one head, d = H / heads. */
  public int headSize() {
    return width() / heads;
  }

  /** How the heads attend (the operator's attention binarizer). */
  public AttentionBinarizer attention() {
    return attention;
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray h = inputs.get(0);
    NDArray mask = inputs.get(1);
    NDArray q = splitHeads(query.forward(store, new NDList(h), training, params).singletonOrThrow());
    NDArray k = splitHeads(key.forward(store, new NDList(h), training, params).singletonOrThrow());
    NDArray v = splitHeads(value.forward(store, new NDList(h), training, params).singletonOrThrow());
    NDArray context = attention.attend(q, k, v, mask);
    Shape s = h.getShape();
    return new NDList(context.transpose(0, 2, 1, 3).reshape(s.get(0), s.get(1), width()));
  }

  private NDArray splitHeads(NDArray x) {
    Shape s = x.getShape();
    return x.reshape(s.get(0), s.get(1), heads, headSize()).transpose(0, 2, 1, 3);
  }

  /** Softmax attention on split heads (see {@link SoftmaxAttention}). */
  public static NDArray softmaxAttention(NDArray q, NDArray k, NDArray v, NDArray keyMask) {
    return SoftmaxAttention.INSTANCE.attend(q, k, v, keyMask);
  }

  /** BiBench's binarized attention on split heads (see {@link StepAttention}). */
  public static NDArray binaryAttention(NDArray q, NDArray k, NDArray v, NDArray keyMask) {
    return StepAttention.INSTANCE.attend(q, k, v, keyMask);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape[] hidden = {inputShapes[0]};
    query.initialize(manager, dataType, hidden);
    key.initialize(manager, dataType, hidden);
    value.initialize(manager, dataType, hidden);
  }

  @Override
  public String toString() {
    return "SelfAttention[heads=" + heads + ", width=" + width() + ", " + attention.id() + "]";
  }
}
