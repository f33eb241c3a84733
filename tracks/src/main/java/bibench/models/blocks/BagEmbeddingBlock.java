package bibench.models.blocks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The input of a bag-of-words model: token ids (N, T), stored as floats with 0 for padding, to the
 * pair (word vectors (N, T, H), padding mask (N, T)), with no position information at all, so that
 * whatever follows (a {@link MaskedMeanPoolBlock}) sees the sentence as a multiset of words.
 */
public final class BagEmbeddingBlock extends AbstractBlock {
  private final TokenEmbedding words;

  /** @param words the word embeddings */
  public BagEmbeddingBlock(TokenEmbedding words) {
    this.words = addChildBlock("words", words);
  }

  /** The word embeddings. */
  public TokenEmbedding words() {
    return words;
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray ids = inputs.singletonOrThrow();
    NDArray vectors = words.forward(store, new NDList(ids), training, params).singletonOrThrow();
    NDArray mask = ids.stopGradient().gt(0f).toType(DataType.FLOAT32, false);
    return new NDList(vectors, mask);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape ids = inputShapes[0];
    return new Shape[] {new Shape(ids.get(0), ids.get(1), words.hidden()), ids};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    words.initialize(manager, dataType, inputShapes);
  }

  @Override
  public String toString() {
    return "BagEmbedding[" + words.vocabularySize() + " x " + words.hidden() + "]";
  }
}
