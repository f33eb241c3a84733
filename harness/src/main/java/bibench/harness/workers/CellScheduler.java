package bibench.harness.workers;

import bibench.harness.results.Journal;
import bibench.tracks.Cell;
import bibench.tracks.Progress;
import bibench.tracks.RunContext;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * Runs the cells of a run that are not done yet: the training-type cells on {@code workers}
 * parallel worker processes (or in this process when one worker is asked for), then the timing
 * cells alone, in this process, once every worker has stopped, so nothing else uses the CPU while
 * JMH measures. Each finished cell is in the journal before {@code afterEachCell} runs.
 */
public final class CellScheduler {
  /** Seconds of silence after which the progress display prints a heartbeat. */
  public static final int HEARTBEAT_SECONDS = 60;

  private CellScheduler() {}

  /**
   * How to start worker processes.
   *
   * @param count how many run at once (1 = run every cell in this process)
   * @param command the command line of one worker
   * @param environment variables added to this process's for the workers
   */
  public record Workers(int count, List<String> command, Map<String, String> environment) {
    /** Every cell in this process. */
    public static final Workers IN_PROCESS = new Workers(1, List.of(), Map.of());

    public Workers {
      command = List.copyOf(command);
      environment = Map.copyOf(environment);
    }
  }

  /** Runs the cells of {@code cells} that {@code journal} does not hold yet. */
  public static void run(List<Cell> cells, RunContext context, Journal journal, Workers workers, PrintStream out,
      Runnable afterEachCell) {
    CellGroups groups = CellGroups.of(cells, i -> journal.isDone(cells.get(i)));
    double costLeft = groups.groups().stream().mapToDouble(CellGroups.Group::cost).sum();
    for (int i : groups.quiet()) {
      costLeft += cells.get(i).estimatedCost();
    }
    int done = cells.size() - groups.groupedCells() - groups.quiet().size();
    try (ProgressBoard board = new ProgressBoard(out, cells, done, costLeft, HEARTBEAT_SECONDS)) {
      WorkerPool.Listener listener = new WorkerPool.Listener() {
        @Override
        public void started(int cell, int worker) {
          board.started(cell, worker);
        }

        @Override
        public void done(int cell, double seconds, String summary) {
          afterEachCell.run();
          board.done(cell, seconds, summary);
        }

        @Override
        public void note(int cell, String text) {
          board.note(cell, text);
        }

        @Override
        public void text(int worker, String line) {
          board.text(worker, line);
        }
      };
      if (workers.count() > 1 && groups.groups().size() > 1) {
        out.printf("Running %d cells on %d worker processes (one engine thread each)%s.%n", groups.groupedCells(),
            Math.min(workers.count(), groups.groups().size()),
            groups.quiet().isEmpty() ? "" : ", then " + groups.quiet().size() + " timing cells alone");
        WorkerPool.run(groups, workers.count(), workers.command(), workers.environment(), listener);
      } else {
        // One process: plan order (the FP32 model of a task and seed comes before the cells using it).
        groups.groups().stream().flatMap(g -> g.cells().stream()).sorted()
            .forEach(i -> runHere(cells, i, context, journal, listener));
      }
      for (int i : groups.quiet()) {
        runHere(cells, i, context, journal, listener);
      }
    }
  }

  private static void runHere(List<Cell> cells, int index, RunContext context, Journal journal,
      WorkerPool.Listener listener) {
    listener.started(index, 0);
    RunContext noting = new RunContext(context.runId(), context.data(), context.checkpoints(), new Progress() {
      @Override
      public void note(String line) {
        listener.note(index, line);
      }
    }, context.outputDir());
    CellExecution.Outcome outcome = CellExecution.run(cells.get(index), noting, journal);
    listener.done(index, outcome.seconds(), outcome.summary());
  }
}
