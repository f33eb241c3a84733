package bibench.harness.cli;

import bibench.data.DataSources;
import bibench.harness.results.Journal;
import bibench.harness.results.ResultsCsv;
import bibench.train.NativeMemory;
import bibench.harness.results.RunDirectory;
import bibench.harness.report.Report;
import bibench.results.ResultRow;
import bibench.tracks.Cell;
import bibench.tracks.CheckpointStore;
import bibench.tracks.RunContext;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Runs cells one after another: a cell the journal holds is skipped; every finished cell is
 * recorded in the journal and results.csv is rewritten from the journal, both atomically, so a kill
 * at any point loses at most the cell that was running. At the end it writes the report (Markdown,
 * HTML, benchmark export), prints the tables and marks the run complete.
 */
final class CellRunner {
  private final PrintStream out;
  private final RunDirectory run;
  private final Journal journal;
  private final RunContext context;

  CellRunner(PrintStream out, RunDirectory run, Journal journal, DataSources sources) {
    this.out = out;
    this.run = run;
    this.journal = journal;
    this.context = new RunContext(run.runId(), new HarnessData(sources),
        new CheckpointStore(run.file("checkpoints"), CheckpointStore.defaultCacheDirectory().orElse(null)),
        out::println, run.dir());
  }

  void run(List<Cell> cells) {
    long start = System.nanoTime();
    for (int i = 0; i < cells.size(); i++) {
      Cell cell = cells.get(i);
      if (journal.isDone(cell)) {
        continue;
      }
      long cellStart = System.nanoTime();
      List<ResultRow> rows = cell.run(context);
      NativeMemory.release();
      journal.record(cell, rows);
      ResultsCsv.write(run.file(RunDirectory.RESULTS), journal.rowsInOrder(cells));
      out.printf(Locale.ROOT, "[%d/%d] %s: %s (%.1f s)%n", i + 1, cells.size(), cell.label(), summary(rows),
          (System.nanoTime() - cellStart) / 1e9);
    }
    ResultsCsv.write(run.file(RunDirectory.RESULTS), journal.rowsInOrder(cells));
    Report.Written report = Report.write(run.dir());
    run.markComplete();
    run.markLatest();
    out.println();
    out.print(report.markdownText());
    out.printf(Locale.ROOT, "%nDone in %.1f min. Rows: %s; report: %s%n", (System.nanoTime() - start) / 60e9,
        run.file(RunDirectory.RESULTS).toAbsolutePath(), report.html().toAbsolutePath());
  }

  private static String summary(List<ResultRow> rows) {
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
