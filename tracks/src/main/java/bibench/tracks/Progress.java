package bibench.tracks;

import java.util.Locale;

/** Where cells report what they are doing (the command line prints it). */
public interface Progress {
  Progress SILENT = new Progress() {
    @Override
    public void note(String line) {}
  };

  /** Notes about the epochs of a running training start with this. */
  String EPOCH_NOTE = "epoch ";

  /** One line of progress. */
  void note(String line);

  /**
   * A training epoch finished (0-based {@code epoch} of {@code epochs}): a status for the progress
   * display's heartbeat rather than a line of its own.
   */
  default void epoch(int epoch, int epochs, double meanLoss) {
    note(String.format(Locale.ROOT, "%s%d/%d (loss %.4g)", EPOCH_NOTE, epoch + 1, epochs, meanLoss));
  }
}
