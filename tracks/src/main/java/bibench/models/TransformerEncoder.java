package bibench.models;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import bibench.BadInputException;
import bibench.models.blocks.ActivationBlock;
import bibench.models.blocks.EmbeddingBlock;
import bibench.models.blocks.EncoderLayerBlock;
import bibench.models.blocks.MaskedMeanPoolBlock;
import bibench.models.blocks.PositionEmbedding;
import bibench.models.blocks.SelfAttentionBlock;
import bibench.models.blocks.TokenEmbedding;
import bibench.operators.BinaryOperator;

/**
 * A BERT-style encoder for text classification under BiBench's policy, on inputs {T}: token ids
 * stored as floats, 0 = padding.
 *
 * <ul>
 *   <li>{@link EmbeddingBlock}: word embeddings (FP32, or binarized as BiBench's QuantizeEmbedding
 *       for the {@code -binemb} variant of a binarized model), FP32 learned position embeddings,
 *       FP32 LayerNorm.
 *   <li>L post-LN {@link EncoderLayerBlock}s: Q, K, V, attention-output, intermediate (4H) and
 *       output dense layers binarized by the operator (with bias); BiBench's fully binarized
 *       attention (the operator's {@link BinaryOperator#attention()}: BiBench's binary step) in a binarized model, softmax
 *       in the FP32 model; FP32 LayerNorms; the feed-forward activation is {@link
 *       ActivationBlock#forOperator}.
 *   <li>Masked mean pooling over the real tokens and an FP32 linear classifier.
 * </ul>
 *
 * <p>Width = H, the hidden size; the heads stay fixed, so H must divide by them. The position table
 * covers max(T, the configured minimum) positions.
 */
public abstract class TransformerEncoder implements Architecture {
  private final String id;
  private final int layers;
  private final int heads;
  private final int defaultHidden;
  private final int minPositions;
  private final boolean binaryEmbeddings;

  /**
   * @param id the architecture id
   * @param layers number of encoder layers L
   * @param heads attention heads
   * @param defaultHidden hidden size H when the spec leaves the width at 0
   * @param minPositions the smallest position table (BERT's 512; 0 = the sample length)
   * @param binaryEmbeddings binarize the word embeddings in binarized models
   */
  protected TransformerEncoder(
      String id, int layers, int heads, int defaultHidden, int minPositions, boolean binaryEmbeddings) {
    this.id = id;
    this.layers = layers;
    this.heads = heads;
    this.defaultHidden = defaultHidden;
    this.minPositions = minPositions;
    this.binaryEmbeddings = binaryEmbeddings;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Family family() {
    return Family.TRANSFORMER;
  }

  @Override
  public String description() {
    return "BERT-style encoder: " + layers + " layers, hidden " + defaultHidden + ", " + heads
        + " heads, FFN 4x; binarized dense layers and attention, FP " + (binaryEmbeddings ? "" : "word and ")
        + "position embeddings, LayerNorms and head";
  }

  /** Number of encoder layers. */
  public final int layers() {
    return layers;
  }

  /** Number of attention heads. */
  public final int heads() {
    return heads;
  }

  /** Hidden size when the spec leaves the width at 0. */
  public final int defaultHidden() {
    return defaultHidden;
  }

  /** Whether a binarized model binarizes its word embeddings. */
  public final boolean binaryEmbeddings() {
    return binaryEmbeddings;
  }

  @Override
  public final Block build(BinaryOperator op, ModelSpec spec) {
    int length = Layers.sampleShape(spec, id, 1, "{tokens}")[0];
    if (spec.vocabularySize() < 2) {
      throw new BadInputException(
          "architecture '" + id + "' needs token ids, but the task has no vocabulary",
          "pick a text task, or an architecture made for this task's data");
    }
    int hidden = spec.widthOr(defaultHidden);
    if (hidden % heads != 0) {
      throw new BadInputException(
          "width " + hidden + " of architecture '" + id + "' does not divide into its " + heads + " heads",
          "use a width that is a multiple of " + heads);
    }
    SequentialBlock net = new SequentialBlock();
    net.add(new EmbeddingBlock(
        new TokenEmbedding(spec.vocabularySize(), hidden, binaryEmbeddings && op.binary()),
        new PositionEmbedding(Math.max(length, minPositions), hidden),
        Layers.layerNorm(2)));
    for (int i = 0; i < layers; i++) {
      net.add(encoderLayer(op, hidden));
    }
    return net.add(new MaskedMeanPoolBlock()).add(Layers.linear(Layers.fp32(), spec.classes(), true));
  }

  private EncoderLayerBlock encoderLayer(BinaryOperator op, int hidden) {
    SelfAttentionBlock attention = new SelfAttentionBlock(
        Layers.dense(op, hidden, true), Layers.dense(op, hidden, true), Layers.dense(op, hidden, true),
        heads, op.attention());
    return new EncoderLayerBlock(attention, Layers.dense(op, hidden, true), Layers.layerNorm(2),
        Layers.dense(op, 4 * hidden, true), ActivationBlock.forOperator(op), Layers.dense(op, hidden, true),
        Layers.layerNorm(2));
  }
}
