package bibench.operators.quant;

import bibench.operators.WeightGroup;
import bibench.operators.ActivationQuantizer;
import bibench.operators.WeightQuantizer;
import bibench.operators.LayerContext;
import ai.djl.ndarray.NDArray;
import bibench.operators.LayerGeometry;
import java.util.List;

/**
 * The full-precision quantizers: q(x) = x with gradient 1, for weights and activations, stored and
 * multiplied at 32 bits. The {@code fp32} operator and the layers BiBench keeps in full precision
 * use them.
 */
public final class FullPrecision {
  /** Weights unchanged: 32-bit weights. */
  public static final WeightQuantizer WEIGHTS = new WeightQuantizer() {
    @Override
    public NDArray quantize(NDArray w, LayerContext context) {
      return w;
    }

    @Override
    public List<WeightGroup> deployedWeights(LayerGeometry geometry) {
      return List.of(WeightGroup.fp32((long) geometry.outChannels() * geometry.fanIn()));
    }
  };

  /** Activations unchanged: 32-bit activations. */
  public static final ActivationQuantizer ACTIVATIONS = new ActivationQuantizer() {
    @Override
    public NDArray quantize(NDArray x, LayerContext context) {
      return x;
    }

    @Override
    public int bits() {
      return 32;
    }
  };

  private FullPrecision() {}
}
