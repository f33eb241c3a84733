package bibench.train;

/** Hears about every finished epoch (for progress lines). */
@FunctionalInterface
public interface EpochListener {
  EpochListener NONE = (epoch, epochs, loss, seconds) -> {};

  /** Epoch {@code epoch} (0-based) of {@code epochs} finished with this mean loss in this time. */
  void onEpoch(int epoch, int epochs, double meanLoss, double seconds);
}
