package bibench.models.blocks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import bibench.operators.quant.Tensors;

/**
 * Learned absolute position embeddings, as BERT's: x (N, T, H) to x + P[0:T], with P a
 * full-precision table (maxPositions, H), initialized N(0, 0.02). BiBench keeps it FP32 in every
 * binarized model.
 */
public final class PositionEmbedding extends AbstractBlock {
  private static final byte VERSION = 1;

  private final int maxPositions;
  private final int hidden;
  private final Parameter table;

  /**
   * @param maxPositions the longest sequence the table covers
   * @param hidden embedding size
   */
  public PositionEmbedding(int maxPositions, int hidden) {
    super(VERSION);
    if (maxPositions < 1 || hidden < 1) {
      throw new IllegalArgumentException("bad position table " + maxPositions + " x " + hidden);
    }
    this.maxPositions = maxPositions;
    this.hidden = hidden;
    this.table = addParameter(Parameter.builder()
        .setName("table")
        .setType(Parameter.Type.WEIGHT)
        .optInitializer(new NormalInitializer(0.02f))
        .optShape(new Shape(maxPositions, hidden))
        .build());
  }

  /** The longest sequence the table covers. */
  public int maxPositions() {
    return maxPositions;
  }

  /** Embedding size. */
  public int hidden() {
    return hidden;
  }

  /** The table parameter (maxPositions, hidden). */
  public Parameter table() {
    return table;
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    long length = x.getShape().get(1);
    if (length > maxPositions) {
      throw new IllegalArgumentException(
          "sequence of " + length + " tokens is longer than the " + maxPositions + " positions");
    }
    NDArray p = Tensors.intoManager(store.getValue(table, x.getDevice(), training), x.getManager());
    if (length < maxPositions) {
      p = p.get(new NDIndex("0:" + length));
    }
    return new NDList(x.add(p));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }

  @Override
  public String toString() {
    return "PositionEmbedding[" + maxPositions + "x" + hidden + "]";
  }
}
