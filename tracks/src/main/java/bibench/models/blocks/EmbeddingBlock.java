package bibench.models.blocks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The input layer of a BERT-style encoder: token ids (N, T), stored as floats with 0 for padding,
 * to the pair (hidden states (N, T, H), padding mask (N, T)). Hidden states = norm(word(ids) +
 * positions); the mask is 1 for real tokens and 0 for padding, and travels with the hidden states
 * through every {@link EncoderLayerBlock} to the {@link MaskedMeanPoolBlock}.
 */
public final class EmbeddingBlock extends AbstractBlock {
  private final TokenEmbedding words;
  private final PositionEmbedding positions;
  private final Block norm;

  /**
   * @param words the word embeddings (FP32 or binarized)
   * @param positions the FP32 position embeddings
   * @param norm the FP32 LayerNorm over the hidden axis
   */
  public EmbeddingBlock(TokenEmbedding words, PositionEmbedding positions, Block norm) {
    if (words.hidden() != positions.hidden()) {
      throw new IllegalArgumentException("word and position embeddings differ in size");
    }
    this.words = addChildBlock("words", words);
    this.positions = addChildBlock("positions", positions);
    this.norm = addChildBlock("norm", norm);
  }

  /** The word embeddings. */
  public TokenEmbedding words() {
    return words;
  }

  /** The position embeddings. */
  public PositionEmbedding positions() {
    return positions;
  }

  /** The LayerNorm. */
  public Block norm() {
    return norm;
  }

  /** Hidden size. */
  public int hidden() {
    return words.hidden();
  }

  /** The padding mask of token ids: 1 where id != 0, else 0, as float, without gradient. */
  public static NDArray paddingMask(NDArray ids) {
    return ids.stopGradient().neq(0f).toType(DataType.FLOAT32, false);
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray ids = inputs.singletonOrThrow();
    NDList h = words.forward(store, new NDList(ids), training, params);
    h = positions.forward(store, h, training, params);
    h = norm.forward(store, h, training, params);
    return new NDList(h.singletonOrThrow(), paddingMask(ids));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {words.getOutputShapes(inputShapes)[0], inputShapes[0]};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    words.initialize(manager, dataType, inputShapes);
    Shape[] hidden = words.getOutputShapes(inputShapes);
    positions.initialize(manager, dataType, hidden);
    norm.initialize(manager, dataType, hidden);
  }
}
