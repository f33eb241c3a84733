package bibench.harness.gate;

/** What the regression gate concluded about one metric, worst first. */
public enum Verdict {
  /** Worse than the baseline beyond the noise: fails the gate. */
  REGRESSED,
  /**
   * In the run's plan but not in its rows (in the baseline, or a planned cell that never finished):
   * fails the gate, so an empty or cut-short run cannot pass.
   */
  MISSING,
  /** Better than the baseline beyond the noise. */
  IMPROVED,
  /** A property of the data (test-split size, trivial score, changed samples) differs: other data. */
  CHANGED,
  /** In the run, not in the baseline. */
  NEW,
  /**
   * A machine-dependent metric (time, throughput, measured speed-up, allocation, JMH row) whose
   * baseline was measured on another machine fingerprint, or an unidentified one.
   */
  NOT_COMPARED,
  /** The difference is within the noise. */
  WITHIN_NOISE
}
