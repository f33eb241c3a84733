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
import bibench.operators.quant.Surrogate;
import bibench.operators.quant.Tensors;

/**
 * Multi-head self-attention of a BERT-style encoder: (hidden (N, T, H), mask (N, T)) to the
 * context (N, T, H), before the attention-output dense layer. Q, K and V are {@link BinaryLinear}
 * projections split into {@code heads} heads of size d = H / heads. Two scorings:
 *
 * <ul>
 *   <li>{@link Scoring#SOFTMAX} (the FP32 model): S = Q K^T / sqrt(d), padding keys get -10000,
 *       A = softmax(S) over the keys, context = A V.
 *   <li>{@link Scoring#BINARY_STEP} (BiBench's fully binarized attention, BiNLP's
 *       BinaryBertSelfAttention): q = sign(Q), k = sign(K), v = sign(V) (sign(0) = +1, clipped
 *       straight-through gradient); S = q k^T / sqrt(d); A = step(S) = 1 where S &gt;= 0 else 0,
 *       with the clipped straight-through gradient (1 where |S| &lt;= 1); padding keys get A = 0;
 *       context = A v, unnormalized. Softmax is gone, so the attention is a binary matrix product.
 * </ul>
 */
public final class SelfAttentionBlock extends AbstractBlock {

  /** How the scores become attention weights. */
  public enum Scoring {
    SOFTMAX,
    BINARY_STEP
  }

  private static final float MASKED_SCORE = -10000f;

  private final BinaryLinear query;
  private final BinaryLinear key;
  private final BinaryLinear value;
  private final int heads;
  private final Scoring scoring;

  /**
   * @param query the Q projection
   * @param key the K projection
   * @param value the V projection
   * @param heads number of heads; the projections' width must divide by it
   * @param scoring softmax or BiBench's binary step
   */
  public SelfAttentionBlock(BinaryLinear query, BinaryLinear key, BinaryLinear value, int heads, Scoring scoring) {
    int width = query.outChannels();
    if (key.outChannels() != width || value.outChannels() != width || heads < 1 || width % heads != 0) {
      throw new IllegalArgumentException(
          "Q, K, V need the same width, divisible by " + heads + " heads; got " + width);
    }
    this.query = addChildBlock("query", query);
    this.key = addChildBlock("key", key);
    this.value = addChildBlock("value", value);
    this.heads = heads;
    this.scoring = scoring;
  }

  /** Binary step scoring for a binarized operator, softmax for FP32. */
  public static Scoring scoringFor(BinaryOperator operator) {
    return operator.binary() ? Scoring.BINARY_STEP : Scoring.SOFTMAX;
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

  /** The scoring. */
  public Scoring scoring() {
    return scoring;
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray h = inputs.get(0);
    NDArray mask = inputs.get(1);
    NDArray q = splitHeads(query.forward(store, new NDList(h), training, params).singletonOrThrow());
    NDArray k = splitHeads(key.forward(store, new NDList(h), training, params).singletonOrThrow());
    NDArray v = splitHeads(value.forward(store, new NDList(h), training, params).singletonOrThrow());
    NDArray context = scoring == Scoring.SOFTMAX ? softmaxAttention(q, k, v, mask) : binaryAttention(q, k, v, mask);
    Shape s = h.getShape();
    return new NDList(context.transpose(0, 2, 1, 3).reshape(s.get(0), s.get(1), width()));
  }

  private NDArray splitHeads(NDArray x) {
    Shape s = x.getShape();
    return x.reshape(s.get(0), s.get(1), heads, headSize()).transpose(0, 2, 1, 3);
  }

  /**
   * Softmax attention on split heads: q, k, v (N, heads, T, d), keyMask (N, T) of 1/0; returns
   * softmax(q k^T / sqrt(d) - 10000 (1 - mask)) v, (N, heads, T, d).
   */
  public static NDArray softmaxAttention(NDArray q, NDArray k, NDArray v, NDArray keyMask) {
    NDManager m = q.getManager();
    NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).mul(inverseSqrt(m, q));
    NDArray penalty = keyMask.stopGradient().sub(1f).mul(-MASKED_SCORE).expandDims(1).expandDims(1);
    return scores.add(penalty).softmax(-1).matMul(v);
  }

  /**
   * BiBench's binarized attention on split heads: q, k, v (N, heads, T, d), keyMask (N, T) of
   * 1/0; returns (step(sign(q) sign(k)^T / sqrt(d)) * mask) sign(v), (N, heads, T, d), with the
   * clipped straight-through gradient through every sign and through the step.
   */
  public static NDArray binaryAttention(NDArray q, NDArray k, NDArray v, NDArray keyMask) {
    NDManager m = q.getManager();
    NDArray scores = sign(q).matMul(sign(k).transpose(0, 1, 3, 2)).mul(inverseSqrt(m, q));
    NDArray weights = step(scores).mul(keyMask.stopGradient().expandDims(1).expandDims(1));
    return weights.matMul(sign(v));
  }

  /** sign(x) with sign(0) = +1 and the clipped straight-through gradient (1 where |x| &lt;= 1). */
  public static NDArray sign(NDArray x) {
    return Tensors.straightThrough(x, Tensors.signPlus(x), Surrogate.clippedSte().gradient(x));
  }

  /** step(s) = 1 where s &gt;= 0 else 0, with the clipped straight-through gradient. */
  public static NDArray step(NDArray s) {
    NDArray forward = s.stopGradient().gte(0f).toType(DataType.FLOAT32, false);
    return Tensors.straightThrough(s, forward, Surrogate.clippedSte().gradient(s));
  }

  private static NDArray inverseSqrt(NDManager m, NDArray q) {
    return Tensors.scalar(m, (float) (1 / Math.sqrt(q.getShape().get(3))));
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
    return "SelfAttention[heads=" + heads + ", width=" + width() + ", " + scoring + "]";
  }
}
