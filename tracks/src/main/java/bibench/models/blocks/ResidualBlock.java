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
 * y = main(x) + shortcut(x), with the identity as the default shortcut. BiBench keeps the
 * shortcut in full precision: a downsampling shortcut is an FP 1x1 convolution with BatchNorm.
 */
public final class ResidualBlock extends AbstractBlock {
  private final Block main;
  private final Block shortcut;

  /**
   * @param main the residual branch
   * @param shortcut the shortcut branch, or null for the identity
   */
  public ResidualBlock(Block main, Block shortcut) {
    this.main = addChildBlock("main", main);
    this.shortcut = shortcut == null ? null : addChildBlock("shortcut", shortcut);
  }

  /** The residual branch. */
  public Block main() {
    return main;
  }

  /** The shortcut branch, or null for the identity. */
  public Block shortcut() {
    return shortcut;
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray y = main.forward(store, inputs, training, params).singletonOrThrow();
    NDArray s = shortcut == null ? inputs.singletonOrThrow()
        : shortcut.forward(store, inputs, training, params).singletonOrThrow();
    return new NDList(y.add(s));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return main.getOutputShapes(inputShapes);
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    main.initialize(manager, dataType, inputShapes);
    if (shortcut != null) {
      shortcut.initialize(manager, dataType, inputShapes);
    }
  }
}
