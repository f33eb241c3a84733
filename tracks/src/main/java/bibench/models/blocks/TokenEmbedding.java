package bibench.models.blocks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Embedding;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import bibench.BadInputException;
import bibench.operators.quant.Surrogate;
import bibench.operators.quant.Tensors;

/**
 * A learned word-embedding table: token ids (N, T), stored as floats, to vectors (N, T, H). Row 0
 * belongs to the padding id. Initialized N(0, 0.02) as BERT's.
 *
 * <p>Optionally binarized as BiBench's {@code QuantizeEmbedding} (BiNLP's BERT): every row is
 * centred, w' = w - mean(w_row), and replaced by alpha * sign(w') with alpha = mean(|w_row|) of
 * the uncentred row (detached) and sign(0) = +1; the gradient is the clipped straight-through
 * estimator on w' (1 where |w'| &lt;= 1), which flows on through the centring to w.
 */
public final class TokenEmbedding extends AbstractBlock {
  private static final byte VERSION = 1;

  private final int vocabularySize;
  private final int hidden;
  private final boolean binarized;
  private final Parameter table;

  /**
   * @param vocabularySize number of token ids (rows)
   * @param hidden embedding size (columns)
   * @param binarized binarize the table as BiBench's QuantizeEmbedding
   */
  public TokenEmbedding(int vocabularySize, int hidden, boolean binarized) {
    super(VERSION);
    if (vocabularySize < 2 || hidden < 1) {
      throw new IllegalArgumentException("bad embedding size " + vocabularySize + " x " + hidden);
    }
    this.vocabularySize = vocabularySize;
    this.hidden = hidden;
    this.binarized = binarized;
    this.table = addParameter(Parameter.builder()
        .setName("table")
        .setType(Parameter.Type.WEIGHT)
        .optInitializer(new NormalInitializer(0.02f))
        .optShape(new Shape(vocabularySize, hidden))
        .build());
  }

  /** Number of token ids. */
  public int vocabularySize() {
    return vocabularySize;
  }

  /** Embedding size. */
  public int hidden() {
    return hidden;
  }

  /** Whether the table is binarized (BiBench's QuantizeEmbedding). */
  public boolean binarized() {
    return binarized;
  }

  /** The table parameter (vocabularySize, hidden). */
  public Parameter table() {
    return table;
  }

  /**
   * BiBench's QuantizeEmbedding of a table (V, H): alpha_row * sign(w - rowmean(w)), alpha_row =
   * mean(|w_row|) detached, with the clipped straight-through gradient on the centred rows.
   */
  public static NDArray binarize(NDArray w) {
    NDArray alpha = Tensors.meanAbs(w, new int[] {1});
    NDArray centred = w.sub(Tensors.mean(w, new int[] {1}));
    NDArray q = Tensors.signPlus(centred).mul(alpha);
    return Tensors.straightThrough(centred, q, Surrogate.clippedSte().gradient(centred));
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray ids = inputs.singletonOrThrow();
    float largest = ids.max().getFloat();
    if (largest >= vocabularySize || ids.min().getFloat() < 0) {
      throw new BadInputException(
          "token id " + (long) largest + " is outside the vocabulary of " + vocabularySize + " ids",
          "give the model spec the data set's vocabulary size (ids 0 .. size - 1, 0 = padding)");
    }
    NDArray w = Tensors.intoManager(store.getValue(table, ids.getDevice(), training), ids.getManager());
    if (binarized) {
      w = binarize(w);
    }
    NDArray index = ids.toType(DataType.INT64, false);
    return Embedding.embedding(index, w, SparseFormat.DENSE);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0].addAll(new Shape(hidden))};
  }

  @Override
  public String toString() {
    return "TokenEmbedding[" + vocabularySize + "x" + hidden + (binarized ? ", binarized" : "") + "]";
  }
}
