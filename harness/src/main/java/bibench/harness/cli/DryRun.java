package bibench.harness.cli;

import bibench.BadInputException;
import bibench.data.DataSources;
import bibench.data.catalog.Tasks;
import bibench.harness.suite.Suite;
import bibench.tracks.Cell;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bibench run --dry-run}: lists what a suite would run (cells per track, and every cell) and
 * the data it needs, with where each set would be read from or how to get it, without training
 * anything. This is how the {@code paper} suite, meant for GPUs and clusters, is checked on a small
 * machine. When a data set is missing, the whole plan is still printed, then the run stops with
 * bad input (exit code 2), so a script can check a data directory before a long run.
 */
final class DryRun {
  private DryRun() {}

  /**
   * Prints the plan and returns 0.
   *
   * @throws BadInputException after printing, when any data set is missing
   */
  static int print(PrintStream out, Suite suite, List<Cell> cells, DataSources sources) {
    Map<String, Integer> perTrack = new LinkedHashMap<>();
    for (Cell cell : cells) {
      perTrack.merge(cell.track(), 1, Integer::sum);
    }
    out.printf("Suite %s (%s): %d cells%n", suite.name(), suite.source(), cells.size());
    perTrack.forEach((track, count) -> out.printf("  %-14s %6d cells%n", track, count));
    out.println("Data (" + sources.describe() + "):");
    int missing = 0;
    for (String task : suite.tasks()) {
      try {
        out.printf("  %-18s %s%n", task, Tasks.locate(task, sources).describe());
      } catch (BadInputException e) {
        missing++;
        out.printf("  %-18s MISSING: %s%n", task, e.getMessage());
      }
    }
    out.println("Cells:");
    for (Cell cell : cells) {
      out.println("  " + cell.label());
    }
    out.printf("%d of %d data sets missing; nothing was run.%n", missing, suite.tasks().size());
    out.flush();
    if (missing > 0) {
      throw new BadInputException(missing + " of " + suite.tasks().size() + " data sets of suite " + suite.name()
          + " are missing (marked MISSING above)",
          "get each as its line says, put it in a data directory DIR and pass --data-dir DIR (or set BIBENCH_DATA=DIR)");
    }
    return 0;
  }
}
