package bibench.operators.quant;

import ai.djl.training.initializer.Initializer;

/** Parameter initializers used by the binarized layers and their learnable extras. */
public final class Initializers {
  private Initializers() {}

  /**
   * U(-b, b) with b = 1 / sqrt(fan_in), fan_in = product of all axes but the first: what PyTorch
   * gives a fresh Linear or Conv layer (kaiming_uniform with a = sqrt(5)), which OPERATORS.md asks
   * for instead of BiBench's accidental all-positive {@code rand * 0.001}.
   */
  public static final Initializer FAN_IN_UNIFORM =
      (manager, shape, type) -> {
        long fanIn = 1;
        for (int i = 1; i < shape.dimension(); i++) {
          fanIn *= shape.get(i);
        }
        float bound = (float) (1.0 / Math.sqrt(Math.max(1, fanIn)));
        return manager.randomUniform(-bound, bound, shape, type);
      };

  /** U[0, 1), ReCU's initial alpha. */
  public static final Initializer UNIT_UNIFORM =
      (manager, shape, type) -> manager.randomUniform(0f, 1f, shape, type);

  /** A bias initializer for a layer with {@code fanIn} inputs: U(-b, b), b = 1 / sqrt(fanIn). */
  public static Initializer biasFor(int fanIn) {
    float bound = (float) (1.0 / Math.sqrt(Math.max(1, fanIn)));
    return (manager, shape, type) -> manager.randomUniform(-bound, bound, shape, type);
  }
}
