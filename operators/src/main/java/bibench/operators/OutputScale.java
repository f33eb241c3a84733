package bibench.operators;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import java.util.List;

/**
 * Rescales the output of the binary product (XNOR++'s Gamma, ReCU's alpha), before the bias. At
 * deployment the scale is a factor per output channel ({@link #channelFactor()}, folded into the
 * kernel's multiplier) times factors per spatial axis ({@link #spatialFactors()}, an extra FP
 * multiply per output).
 */
public interface OutputScale extends LayerPart {

  /** No rescaling. */
  OutputScale NONE = (y, context) -> y;

  /** The rescaled output. */
  NDArray scale(NDArray y, LayerContext context);

  /** The factor per output channel, or null for none. */
  default Parameter channelFactor() {
    return null;
  }

  /** The factors per output spatial axis (h, w for Conv2d; l for Conv1d), or none. */
  default List<Parameter> spatialFactors() {
    return List.of();
  }
}
