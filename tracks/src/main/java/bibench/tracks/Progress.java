package bibench.tracks;

/** Where cells report what they are doing (the command line prints it). */
public interface Progress {
  Progress SILENT = new Progress() {
    @Override
    public void note(String line) {}
  };

  /** One line of progress. */
  void note(String line);
}
