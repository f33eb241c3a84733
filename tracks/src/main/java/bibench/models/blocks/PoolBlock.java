package bibench.models.blocks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.pooling.Pool;

/**
 * Pooling: global average or global max over every spatial axis (output (N, C)), or a 2-D max
 * pool with a square window.
 */
public final class PoolBlock extends ElementBlock {

  /** The supported pools. */
  public enum Kind {
    GLOBAL_AVG,
    GLOBAL_MAX,
    MAX_2D
  }

  private final Kind kind;
  private final int window;
  private final int stride;

  private PoolBlock(Kind kind, int window, int stride) {
    this.kind = kind;
    this.window = window;
    this.stride = stride;
  }

  /** Global average over the spatial axes. */
  public static PoolBlock globalAverage() {
    return new PoolBlock(Kind.GLOBAL_AVG, 0, 0);
  }

  /** Global max over the spatial axes (PointNet's symmetric function). */
  public static PoolBlock globalMax() {
    return new PoolBlock(Kind.GLOBAL_MAX, 0, 0);
  }

  /** A 2-D max pool with padding 1 when the window is 3 (ResNet's ImageNet stem), else none. */
  public static PoolBlock max2d(int window, int stride) {
    return new PoolBlock(Kind.MAX_2D, window, stride);
  }

  /** The pool. */
  public Kind kind() {
    return kind;
  }

  /** Window size of a {@link Kind#MAX_2D} pool. */
  public int window() {
    return window;
  }

  /** Stride of a {@link Kind#MAX_2D} pool. */
  public int stride() {
    return stride;
  }

  /** Padding of a {@link Kind#MAX_2D} pool. */
  public int padding() {
    return window == 3 ? 1 : 0;
  }

  @Override
  protected NDArray apply(NDArray x) {
    boolean twoD = x.getShape().dimension() == 4;
    Shape pooled = new Shape(x.getShape().get(0), x.getShape().get(1));
    return switch (kind) {
      case GLOBAL_AVG -> (twoD ? Pool.globalAvgPool2d(x) : Pool.globalAvgPool1d(x)).reshape(pooled);
      case GLOBAL_MAX -> (twoD ? Pool.globalMaxPool2d(x) : Pool.globalMaxPool1d(x)).reshape(pooled);
      case MAX_2D -> Pool.maxPool2d(x, new Shape(window, window), new Shape(stride, stride),
          new Shape(padding(), padding()), false);
    };
  }

  @Override
  protected Shape outputShape(Shape input) {
    if (kind != Kind.MAX_2D) {
      return new Shape(input.get(0), input.get(1));
    }
    long h = (input.get(2) + 2L * padding() - window) / stride + 1;
    long w = (input.get(3) + 2L * padding() - window) / stride + 1;
    return new Shape(input.get(0), input.get(1), h, w);
  }

  @Override
  public String toString() {
    return kind == Kind.MAX_2D ? "maxpool" + window + "/" + stride : kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
