package bibench.operators.impl;

import bibench.operators.BinaryOperator;
import bibench.operators.LayerBinarizer;
import bibench.operators.LayerKind;
import bibench.operators.OutputScale;
import bibench.operators.quant.FullPrecision;

/**
 * The full-precision reference: the same layers with no quantization (q(x) = x, gradient 1).
 * Every track trains an FP32 model of the same task and architecture to compare against, and the
 * layers BiBench keeps full precision (stems, heads, shortcuts) use it in every model.
 */
public final class Fp32 implements BinaryOperator {
  @Override
  public String id() {
    return "fp32";
  }

  @Override
  public String displayName() {
    return "FP32";
  }

  @Override
  public String reference() {
    return "full-precision reference";
  }

  @Override
  public boolean binary() {
    return false;
  }

  @Override
  public LayerBinarizer newLayer(LayerKind kind) {
    return new LayerBinarizer(FullPrecision.WEIGHTS, FullPrecision.ACTIVATIONS, OutputScale.NONE);
  }
}
