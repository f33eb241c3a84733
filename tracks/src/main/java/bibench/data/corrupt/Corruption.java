package bibench.data.corrupt;

import java.util.List;

/**
 * One CIFAR-10-C-style image corruption with five severities (Hendrycks and Dietterich 2019,
 * "Benchmarking Neural Network Robustness to Common Corruptions and Perturbations", ICLR 2019,
 * arXiv 1903.12261), as BiBench's corruption-robustness track uses them.
 *
 * <p>A corruption takes a CHW image in [0, 1] with 1 or 3 channels and any height and width and
 * returns a new image of the same shape, clipped to [0, 1]. It never changes its input. Each
 * implementation documents its formula and its parameter per severity (the CIFAR-10 parameters of
 * the paper's reference code, {@code make_cifar_c.py}); {@link #parameters(int)} reports them so a
 * results table can print them.
 *
 * <p>Random corruptions draw only from the {@link CorruptionRandom} they are given, so the result
 * for a given (seed, corruption, severity, image index) is always the same.
 */
public interface Corruption {

  /** Severities run from 1 to this. */
  int SEVERITIES = 5;

  /** The id, as in CIFAR-10-C's file names, such as {@code gaussian_noise}. */
  String id();

  /** True for the corruptions every robustness run must include (TRACKS.md section 3). */
  boolean required();

  /** True when the output depends on random numbers (noise, random shifts, random layers). */
  boolean random();

  /** Names of the parameters, in the order of {@link #parameters(int)}. */
  List<String> parameterNames();

  /** The parameter values at a severity in 1..5. */
  double[] parameters(int severity);

  /** The parameters at a severity as text, such as {@code sigma=0.04}. */
  default String describe(int severity) {
    List<String> names = parameterNames();
    double[] values = parameters(severity);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(names.get(i)).append('=').append(formatNumber(values[i]));
    }
    return sb.toString();
  }

  /**
   * Applies the corruption at a severity in 1..5.
   *
   * @param image the clean image, not modified
   * @param severity 1 (mildest) to 5
   * @param random the random stream of this image (ignored by deterministic corruptions)
   * @return a new image of the same shape with values in [0, 1]
   * @throws bibench.BadInputException when the severity is outside 1..5
   */
  ChwImage apply(ChwImage image, int severity, CorruptionRandom random);

  /** Applies the corruption with the random stream of image {@code index} under {@code seed}. */
  default ChwImage apply(ChwImage image, int severity, long seed, int index) {
    return apply(image, severity, CorruptionRandom.forImage(seed, id(), severity, index));
  }

  private static String formatNumber(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }
}
