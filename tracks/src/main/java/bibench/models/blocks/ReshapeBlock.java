package bibench.models.blocks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * A parameter-free change of layout that moves no values, only relabels axes:
 *
 * <ul>
 *   <li>{@link Kind#ADD_CHANNEL_AXIS}: (N, d1, ..., dk) to (N, 1, d1, ..., dk), so that a log-mel
 *       "image" (N, mels, frames) can enter a 2-D convolution as one channel;
 *   <li>{@link Kind#MERGE_CHANNELS_INTO_ROWS}: (N, C, H, W) to (N, C * H, W), so that every column
 *       (time frame) of a 2-D feature map becomes one feature vector of a 1-D sequence (DFSMN's
 *       front-end output).
 * </ul>
 */
public final class ReshapeBlock extends ElementBlock {

  /** The supported layouts. */
  public enum Kind {
    ADD_CHANNEL_AXIS,
    MERGE_CHANNELS_INTO_ROWS
  }

  private final Kind kind;

  /** @param kind the layout change */
  public ReshapeBlock(Kind kind) {
    this.kind = kind;
  }

  /** (N, ...) to (N, 1, ...). */
  public static ReshapeBlock addChannelAxis() {
    return new ReshapeBlock(Kind.ADD_CHANNEL_AXIS);
  }

  /** (N, C, H, W) to (N, C * H, W). */
  public static ReshapeBlock mergeChannelsIntoRows() {
    return new ReshapeBlock(Kind.MERGE_CHANNELS_INTO_ROWS);
  }

  /** The layout change. */
  public Kind kind() {
    return kind;
  }

  @Override
  protected NDArray apply(NDArray x) {
    return x.reshape(outputShape(x.getShape()));
  }

  @Override
  protected Shape outputShape(Shape input) {
    if (kind == Kind.ADD_CHANNEL_AXIS) {
      long[] dims = new long[input.dimension() + 1];
      dims[0] = input.get(0);
      dims[1] = 1;
      for (int i = 1; i < input.dimension(); i++) {
        dims[i + 1] = input.get(i);
      }
      return new Shape(dims);
    }
    if (input.dimension() != 4) {
      throw new IllegalArgumentException("merging channels into rows needs (N, C, H, W), got " + input);
    }
    return new Shape(input.get(0), input.get(1) * input.get(2), input.get(3));
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
