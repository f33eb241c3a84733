package bibench.harness.gate;

/** What the regression gate concluded about one metric, worst first. */
public enum Verdict {
  /** Worse than the baseline by more than the noise band: fails the gate. */
  REGRESSED,
  /** Better than the baseline by more than the noise band. */
  IMPROVED,
  /** In the run, not in the baseline. */
  NEW,
  /** In the baseline, not in the run. */
  MISSING,
  /** A machine-dependent metric (an absolute time) measured on another machine, or an unknown one. */
  NOT_COMPARED,
  /** The difference is within the noise band. */
  WITHIN_NOISE
}
