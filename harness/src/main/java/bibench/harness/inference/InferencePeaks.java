package bibench.harness.inference;

import bibench.operators.deploy.KernelSelection;
import bibench.operators.deploy.Roofline;

/**
 * The roofline of this harness process: {@link Roofline#measure()} run once, before the first
 * inference cell that needs it, and shared by every timing cell of the run, so that each kernel's
 * fraction of peak divides by the same peaks the roofline rows report. A resumed run measures
 * again in its new process.
 */
final class InferencePeaks {
  private static Roofline.Peaks peaks;

  private InferencePeaks() {}

  /** The peaks, measured on first use; null without the vector module (no probe possible). */
  static synchronized Roofline.Peaks get() {
    if (peaks == null && KernelSelection.vectorModulePresent()) {
      peaks = Roofline.measure();
    }
    return peaks;
  }

  /**
   * The fraction of the peaks a measured time reaches: the time the multiply-accumulates would
   * take at the peaks ({@code binaryMacs / binary peak + fpMacs / FP32 peak}) over the measured
   * time; NaN without peaks.
   */
  static double fraction(double binaryMacs, double fpMacs, double seconds) {
    Roofline.Peaks p = get();
    if (p == null) {
      return Double.NaN;
    }
    return (binaryMacs / p.binaryMacsPerSecond() + fpMacs / p.fp32MacsPerSecond()) / seconds;
  }
}
