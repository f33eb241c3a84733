package bibench.operators.quant;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import bibench.operators.LayerContext;
import bibench.operators.LayerGeometry;
import bibench.operators.OutputScale;
import java.util.List;

/**
 * A learnable scale per output channel, Y = conv(qX, qW) * alpha (ReCU, Xu et al. 2021), alpha
 * initialised U[0, 1) as in ReCU's code and trained by ordinary backprop. Folds into the deployed
 * per-channel multiplier.
 */
public final class ChannelScale implements OutputScale {
  private final Parameter alpha =
      Parameter.builder()
          .setName("alpha")
          .setType(Parameter.Type.OTHER)
          .optInitializer(Initializers.UNIT_UNIFORM)
          .build();

  @Override
  public List<Parameter> parameters() {
    return List.of(alpha);
  }

  @Override
  public void prepare(LayerGeometry geometry) {
    alpha.setShape(new Shape(geometry.outChannels()));
  }

  @Override
  public NDArray scale(NDArray y, LayerContext context) {
    int ndim = y.getShape().dimension();
    int axis = context.geometry().kind().channelAxis(ndim);
    return y.mul(context.value(alpha).reshape(Tensors.alongAxis(ndim, axis, y.getShape().get(axis))));
  }

  @Override
  public Parameter channelFactor() {
    return alpha;
  }
}
