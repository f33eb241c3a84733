package bibench.operators.quant;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import bibench.operators.LayerContext;
import java.util.List;

/**
 * FDA's noise-adaptation module: a two-layer MLP d -&gt; h -&gt; d (ReLU, no bias) over the last
 * axis, plus 0.1 * sin(x). h = d / 64, or d / 4 when d / 64 &lt; 1 (at least 1). Trained with the
 * layer; gone at deployment, where a_t = 0.
 */
final class NoiseAdaptation {
  private final Parameter hidden;
  private final Parameter output;

  NoiseAdaptation(String prefix) {
    hidden = weight(prefix + "_fc1");
    output = weight(prefix + "_fc2");
  }

  private static Parameter weight(String name) {
    return Parameter.builder()
        .setName(name)
        .setType(Parameter.Type.WEIGHT)
        .optInitializer(Initializers.FAN_IN_UNIFORM)
        .build();
  }

  List<Parameter> parameters() {
    return List.of(hidden, output);
  }

  void prepare(int d) {
    int h = d / 64 >= 1 ? d / 64 : Math.max(1, d / 4);
    hidden.setShape(new Shape(h, d));
    output.setShape(new Shape(d, h));
  }

  /** MLP(x) + 0.1 sin(x) over the last axis of {@code x}. */
  NDArray apply(NDArray x, LayerContext context) {
    NDArray h = Activation.relu(Linear.linear(x, context.value(hidden)).singletonOrThrow());
    NDArray y = Linear.linear(h, context.value(output)).singletonOrThrow();
    return y.add(x.sin().mul(Tensors.scalar(x.getManager(), 0.1f)));
  }
}
