package bibench.harness.workers;

import bibench.BadInputException;
import bibench.harness.results.Journal;
import bibench.tracks.Cell;
import bibench.tracks.RunContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The worker side of a parallel run: a separate JVM (one engine thread) that planned the same cells
 * as its coordinator, runs the cells it is sent one at a time, records each in the run's journal and
 * answers in {@link WorkerProtocol} lines. It exits when its input ends, and at once when the
 * coordinator process dies (so a killed run leaves no worker training behind).
 */
public final class WorkerMain {
  private WorkerMain() {}

  /**
   * Serves cells from {@code in} until it ends.
   *
   * @param cells the run's cells, in plan order (indices are the protocol's cell numbers)
   * @param context what the cells share; its progress notes become NOTE lines
   * @param protocol where protocol lines go (the process's real standard output)
   * @return 0 when the input ended normally
   */
  public static int serve(List<Cell> cells, RunContext context, Journal journal, InputStream in, PrintStream protocol) {
    exitWithParent();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        int index = WorkerProtocol.parseRun(line);
        if (index < 0 || index >= cells.size()) {
          protocol.println(WorkerProtocol.fail(Math.max(index, -1), false, "bad request '" + line + "'"));
          protocol.flush();
          continue;
        }
        protocol.println(runOne(cells.get(index), index, context, journal, protocol));
        protocol.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("worker input failed", e);
    }
    return 0;
  }

  private static String runOne(Cell cell, int index, RunContext context, Journal journal, PrintStream protocol) {
    RunContext noting = new RunContext(context.runId(), context.data(), context.checkpoints(), line -> {
      synchronized (protocol) {
        protocol.println(WorkerProtocol.note(index, line));
        protocol.flush();
      }
    }, context.outputDir());
    try {
      if (journal.isDone(cell)) {
        return WorkerProtocol.done(index, 0, CellExecution.summary(journal.rowsOf(cell)));
      }
      CellExecution.Outcome outcome = CellExecution.run(cell, noting, journal);
      return WorkerProtocol.done(index, outcome.seconds(), outcome.summary());
    } catch (BadInputException e) {
      return WorkerProtocol.fail(index, true, e.getMessage());
    } catch (RuntimeException | Error e) {
      return WorkerProtocol.fail(index, false, e.toString());
    }
  }

  private static void exitWithParent() {
    ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(3)));
  }
}
