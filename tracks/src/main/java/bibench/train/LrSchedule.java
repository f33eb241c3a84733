package bibench.train;

/** Learning-rate schedules over all the updates of a run. */
public enum LrSchedule {
  /** Cosine decay from the base rate to 0. */
  COSINE,
  /** Multiply by 0.1 at 50% and again at 75% of the updates. */
  STEP,
  /** The base rate throughout. */
  CONSTANT
}
