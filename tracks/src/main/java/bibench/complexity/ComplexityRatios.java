package bibench.complexity;

/**
 * BiBench's theoretical-complexity ratios of a model against the FP32 model of the same
 * architecture and input.
 *
 * <ul>
 *   <li>compression r_c = params of the FP32 model / (storage bits / 32), which for 1-bit and
 *       32-bit parameters is BiBench's params_fp32 / (1-bit params / 32 + 32-bit params), and is
 *       also the ratio of the two models' storage in bytes;
 *   <li>speed-up r_s = MACs of the FP32 model / effective MACs, each MAC of b_w-bit weights and
 *       b_a-bit activations weighing b_w b_a / 64 (1/64 for binary, BiBench's; 2/64 ternary x
 *       binary; 16/64 ternary x 8-bit; 1 with a 32-bit operand);
 *   <li>overall O_comp = qmean(r_c, r_s) = sqrt((r_c^2 + r_s^2) / 2).
 * </ul>
 *
 * @param compression r_c
 * @param speedup r_s
 */
public record ComplexityRatios(double compression, double speedup) {

  /** The ratios of {@code model} against {@code fp32}, the FP32 model of the same architecture. */
  public static ComplexityRatios of(ModelComplexity model, ModelComplexity fp32) {
    return new ComplexityRatios(fp32.params() / model.effectiveParams(), fp32.macs() / model.effectiveMacs());
  }

  /** O_comp = qmean(r_c, r_s). */
  public double overall() {
    return Math.sqrt((compression * compression + speedup * speedup) / 2);
  }
}
