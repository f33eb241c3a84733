/**
 * BiBench's theoretical-complexity track (track 5): counting parameters and multiply-accumulates of
 * a model's deployed (inference) graph, 1-bit and 32-bit apart, for one sample at any input size.
 *
 * <ul>
 *   <li>{@link bibench.complexity.ComplexityCounter} walks a model's block tree and costs every
 *       layer ({@link bibench.complexity.LayerCost}) into a {@link
 *       bibench.complexity.ModelComplexity};
 *   <li>{@link bibench.complexity.ComplexityRatios} gives BiBench's r_c, r_s and O_comp against the
 *       FP32 model of the same architecture;
 *   <li>{@link bibench.complexity.ModelSummary} prints a Larq-style per-layer summary in Markdown;
 *   <li>{@link bibench.complexity.ComplexityPlan} names an architecture at an input size, the unit
 *       of {@link bibench.tracks.ComplexityTrack}.
 * </ul>
 */
package bibench.complexity;
