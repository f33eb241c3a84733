package bibench.operators.quant;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;
import bibench.operators.LayerContext;
import bibench.operators.LayerGeometry;
import bibench.operators.OutputScale;
import java.util.ArrayList;
import java.util.List;

/**
 * XNOR-Net++'s learned rank-1 output scale (Bulat &amp; Tzimiropoulos 2019, arXiv 1909.13863): Y =
 * conv(qX, qW) * Gamma with Gamma = o[C_out] (x) h[H_out] (x) w[W_out] for Conv2d, o[C_out] (x)
 * l[L_out] for Conv1d and o[out] for Linear. Every factor starts at 1 and is trained by ordinary
 * backprop. At deployment o folds into the per-channel multiplier; the spatial factors cost one extra
 * FP multiply per output element.
 */
public final class RankOneScale implements OutputScale {
  private final Parameter channel = factor("gamma_o");
  private final List<Parameter> spatial = new ArrayList<>();
  private final List<Parameter> all = new ArrayList<>(List.of(channel));

  /** @param spatialDims 0 for linear, 1 for conv1d, 2 for conv2d */
  public RankOneScale(int spatialDims) {
    String[] names = spatialDims == 1 ? new String[] {"gamma_l"} : new String[] {"gamma_h", "gamma_w"};
    for (int i = 0; i < spatialDims; i++) {
      Parameter p = factor(names[i]);
      spatial.add(p);
      all.add(p);
    }
  }

  private static Parameter factor(String name) {
    return Parameter.builder()
        .setName(name)
        .setType(Parameter.Type.OTHER)
        .optInitializer(Initializer.ONES)
        .build();
  }

  @Override
  public List<Parameter> parameters() {
    return List.copyOf(all);
  }

  @Override
  public void prepare(LayerGeometry geometry) {
    channel.setShape(new Shape(geometry.outChannels()));
    int[] out = geometry.outSpatial();
    for (int i = 0; i < spatial.size(); i++) {
      spatial.get(i).setShape(new Shape(out[i]));
    }
  }

  @Override
  public NDArray scale(NDArray y, LayerContext context) {
    int ndim = y.getShape().dimension();
    int axis = context.geometry().kind().channelAxis(ndim);
    NDArray out = y.mul(context.value(channel).reshape(Tensors.alongAxis(ndim, axis, y.getShape().get(axis))));
    for (int i = 0; i < spatial.size(); i++) {
      int spatialAxis = 2 + i;
      out = out.mul(context.value(spatial.get(i))
          .reshape(Tensors.alongAxis(ndim, spatialAxis, y.getShape().get(spatialAxis))));
    }
    return out;
  }

  @Override
  public Parameter channelFactor() {
    return channel;
  }

  @Override
  public List<Parameter> spatialFactors() {
    return List.copyOf(spatial);
  }
}
