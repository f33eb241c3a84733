package bibench.complexity;

/**
 * BiBench's theoretical-complexity ratios of a model against the FP32 model of the same
 * architecture and input.
 *
 * <ul>
 *   <li>compression r_c = params of the FP32 model / (1-bit params / 32 + 32-bit params), which is
 *       also the ratio of the two models' storage in bytes;
 *   <li>speed-up r_s = MACs of the FP32 model / (1-bit MACs / 64 + 32-bit MACs);
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
