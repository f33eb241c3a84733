package bibench.operators.quant;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.Initializer;
import bibench.operators.ActivationQuantizer;
import bibench.operators.LayerContext;
import bibench.operators.LayerGeometry;
import bibench.operators.LayerKind;
import java.util.List;

/**
 * ReActNet's RSign (Liu et al. 2020, arXiv 2003.03488): q = sign(X + theta) with a learnable
 * threshold theta per input channel, starting at 0.
 *
 * <ul>
 *   <li>Forward: q = sign(X + theta), sign(0) = +1.
 *   <li>Gradient: ApproxSign at X + theta, g = max(0, 2 - 2|X + theta|), to both X and theta.
 *   <li>Deployment: theta folds into the packing threshold (bit = X &gt;= -theta) at no cost.
 * </ul>
 */
public final class ThresholdSignActivations implements ActivationQuantizer {
  private final Parameter theta =
      Parameter.builder()
          .setName("theta")
          .setType(Parameter.Type.OTHER)
          .optInitializer(Initializer.ZEROS)
          .build();
  private final Surrogate surrogate = Surrogate.approxSign();

  @Override
  public List<Parameter> parameters() {
    return List.of(theta);
  }

  @Override
  public void prepare(LayerGeometry geometry) {
    theta.setShape(new Shape(geometry.inChannels()));
  }

  @Override
  public NDArray quantize(NDArray x, LayerContext context) {
    LayerKind kind = context.geometry().kind();
    int ndim = x.getShape().dimension();
    int axis = kind.channelAxis(ndim);
    NDArray t = context.value(theta).reshape(Tensors.alongAxis(ndim, axis, x.getShape().get(axis)));
    NDArray shifted = x.add(t);
    return Tensors.straightThrough(shifted, Tensors.signPlus(shifted), surrogate.gradient(shifted));
  }

  @Override
  public Parameter threshold() {
    return theta;
  }
}
