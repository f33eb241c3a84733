package bibench.train;

/**
 * What one training run produced.
 *
 * @param score the test-split score (all NaN when the run diverged)
 * @param epochSeconds wall time of every epoch, in order (the first one includes JIT and engine
 *     warm-up)
 * @param finalLoss the mean training loss of the last epoch
 * @param divergedAtEpoch the 0-based epoch where the loss or weights became NaN or infinite, or -1
 * @param weights the final weights (null when diverged)
 */
public record TrainingOutcome(
    TaskScore score, double[] epochSeconds, double finalLoss, int divergedAtEpoch, WeightSnapshot weights) {

  /** True when training produced NaN or infinite values. */
  public boolean diverged() {
    return divergedAtEpoch >= 0;
  }

  /** Mean wall time per epoch, leaving out the first (warm-up) epoch when there are several. */
  public double secondsPerEpoch() {
    int first = epochSeconds.length > 1 ? 1 : 0;
    double sum = 0;
    for (int i = first; i < epochSeconds.length; i++) {
      sum += epochSeconds[i];
    }
    return epochSeconds.length == 0 ? Double.NaN : sum / (epochSeconds.length - first);
  }
}
