package bibench.train;

/** The optimizers of BiBench's training grid. */
public enum OptimizerKind {
  /** SGD with momentum (0.9 and weight decay 1e-4 by default, as TRACKS.md sets). */
  SGD,
  /** Adam, betas 0.9 / 0.999, no weight decay. */
  ADAM
}
