package bibench.harness.workers;

import bibench.harness.results.Journal;
import bibench.results.ResultRow;
import bibench.tracks.Cell;
import bibench.tracks.RunContext;
import bibench.train.NativeMemory;
import java.util.List;
import java.util.Locale;

/**
 * Runs one cell and records its rows in the run's journal (atomically), the same way in the run's
 * own process and in a worker process; then hands the engine's freed memory back.
 */
public final class CellExecution {
  private CellExecution() {}

  /**
   * What running a cell gave.
   *
   * @param seconds wall time of the cell
   * @param summary one short line: its score, "diverged at epoch n", or its row count
   */
  public record Outcome(double seconds, String summary) {}

  /** Runs {@code cell}, records its rows, and says how it went. */
  public static Outcome run(Cell cell, RunContext context, Journal journal) {
    long start = System.nanoTime();
    List<ResultRow> rows = cell.run(context);
    NativeMemory.release();
    journal.record(cell, rows);
    return new Outcome((System.nanoTime() - start) / 1e9, summary(rows));
  }

  /** The one-line summary of a cell's rows. */
  public static String summary(List<ResultRow> rows) {
    for (ResultRow r : rows) {
      if (r.metric().equals("diverged_epoch")) {
        return String.format(Locale.ROOT, "diverged at epoch %d", (long) r.value());
      }
    }
    for (ResultRow r : rows) {
      if (r.metric().equals("score")) {
        return String.format(Locale.ROOT, "score %.2f %s", r.value(), r.unit());
      }
    }
    return rows.size() + " rows";
  }
}
