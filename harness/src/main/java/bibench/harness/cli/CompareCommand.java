package bibench.harness.cli;

import bibench.harness.gate.Gate;
import bibench.harness.gate.GateRuns;
import bibench.harness.results.RunFolder;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bibench compare [run-dir] [--baseline DIR] [--warn-only]}: the regression gate against the
 * baseline of the run's suite ({@link GateRuns#compare}). Prints the verdict table; the exit code is
 * 1 when a metric regressed or is missing (0 with {@code --warn-only}).
 */
@Command(name = "compare", description = "The regression gate: compare a run with the baseline of its suite, metric "
    + "by metric; exit code 1 on a regression or a missing metric.")
final class CompareCommand implements Callable<Integer> {
  @ParentCommand Bibench parent;

  @Mixin CommonOptions common;

  @Parameters(arity = "0..1", paramLabel = "RUN-DIR", description = "The run's folder (default: ${DEFAULT-VALUE}).")
  Path runDir = RunFolder.LATEST;

  @Option(names = "--baseline", paramLabel = "DIR",
      description = "The baselines' folder, holding <suite>/ (or one baseline folder) (default: ${DEFAULT-VALUE}).")
  Path baseline = Gate.DEFAULT_BASELINE;

  @Option(names = "--warn-only", description = "Report regressions and missing metrics, but exit with 0.")
  boolean warnOnly;

  @Override
  public Integer call() {
    return GateRuns.compare(runDir, baseline, warnOnly, parent.out());
  }
}
