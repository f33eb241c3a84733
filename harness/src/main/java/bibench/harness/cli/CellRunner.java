package bibench.harness.cli;

import bibench.harness.report.Report;
import bibench.harness.results.Journal;
import bibench.harness.results.ResultsCsv;
import bibench.harness.results.RunDirectory;
import bibench.harness.workers.CellScheduler;
import bibench.tracks.Cell;
import bibench.tracks.CheckpointStore;
import bibench.tracks.RunContext;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Runs a run's unfinished cells through the {@link CellScheduler} (worker processes, or this
 * process): a cell the journal holds is skipped; every finished cell is recorded in the journal and
 * results.csv is rewritten from the journal, both atomically, so a kill at any point loses at most
 * the cells that were running. At the end it writes the report (Markdown, HTML, benchmark export),
 * prints the tables and marks the run complete.
 */
final class CellRunner {
  private final PrintStream out;
  private final RunDirectory run;
  private final Journal journal;
  private final RunContext context;

  /**
   * @param cacheDirectory the cross-run cache of FP32 models, or null for none
   */
  CellRunner(PrintStream out, RunDirectory run, Journal journal, HarnessData data, Path cacheDirectory) {
    this.out = out;
    this.run = run;
    this.journal = journal;
    this.context = new RunContext(run.runId(), data,
        new CheckpointStore(run.file("checkpoints"), cacheDirectory), out::println, run.dir());
  }

  void run(List<Cell> cells, CellScheduler.Workers workers) {
    long start = System.nanoTime();
    Runnable writeResults = () -> ResultsCsv.write(run.file(RunDirectory.RESULTS), journal.rowsInOrder(cells));
    CellScheduler.run(cells, context, journal, workers, out, writeResults);
    writeResults.run();
    Report.Written report = Report.write(run.dir());
    run.markComplete();
    run.markLatest();
    out.println();
    out.print(report.markdownText());
    out.printf(Locale.ROOT, "%nDone in %.1f min. Rows: %s; report: %s%n", (System.nanoTime() - start) / 60e9,
        run.file(RunDirectory.RESULTS).toAbsolutePath(), report.html().toAbsolutePath());
  }
}
