package bibench.harness.workers;

/**
 * What the coordinator hears from its workers.
 *
 * @param worker the worker's number, from 1
 * @param kind what happened
 * @param cell the cell it concerns, or -1
 * @param seconds the cell's wall time (DONE), else 0
 * @param text the summary (DONE), the note (NOTE), the message (FAIL), the line (TEXT), or the exit
 *     code (EXITED)
 * @param badInput for FAIL: true when the cell met bad input (exit 2), false for an internal error
 */
record WorkerEvent(int worker, Kind kind, int cell, double seconds, String text, boolean badInput) {

  /** The kinds of event. */
  enum Kind {
    DONE,
    NOTE,
    FAIL,
    TEXT,
    EXITED
  }
}
