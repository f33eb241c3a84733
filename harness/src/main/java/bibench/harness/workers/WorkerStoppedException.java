package bibench.harness.workers;

/**
 * A worker process ended while it held a cell: killed from outside (the out-of-memory killer, a
 * {@code kill}) or crashed in native code. Not bad input and not a bug of the cell; the finished cells
 * are kept and rerunning the same command resumes the run, so the command line prints one line, not a
 * stack trace.
 */
public final class WorkerStoppedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param worker the worker's number
   * @param exitCode its exit code as the operating system gave it (128 + n: killed by signal n)
   * @param cell the index of the cell it was running
   */
  public WorkerStoppedException(int worker, String exitCode, int cell) {
    super("worker " + worker + " stopped (" + describe(exitCode) + ") while running cell " + cell
        + "; the finished cells are kept. Fix: rerun the same command to resume (if the machine ran out of memory, "
        + "use fewer --workers)");
  }

  private static String describe(String exitCode) {
    try {
      int code = Integer.parseInt(exitCode.trim());
      if (code == 137) {
        return "exit code 137: killed by signal 9, as the out-of-memory killer does";
      }
      return code > 128 && code < 160 ? "exit code " + code + ": killed by signal " + (code - 128) : "exit code " + code;
    } catch (NumberFormatException e) {
      return "exit code " + exitCode;
    }
  }
}
