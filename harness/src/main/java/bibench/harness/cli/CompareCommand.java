package bibench.harness.cli;

import bibench.harness.gate.Gate;
import bibench.harness.gate.GateReport;
import bibench.harness.results.RunFolder;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bibench compare [run-dir] [--baseline DIR] [--warn-only]}: the regression gate. Prints the
 * verdict table; the exit code is 1 when a metric regressed (0 with {@code --warn-only}).
 */
@Command(name = "compare", description = "The regression gate: compare a run with a baseline, metric by metric; "
    + "exit code 1 on a regression.")
final class CompareCommand implements Callable<Integer> {
  @ParentCommand Bibench parent;

  @Mixin CommonOptions common;

  @Parameters(arity = "0..1", paramLabel = "RUN-DIR", description = "The run's folder (default: ${DEFAULT-VALUE}).")
  Path runDir = RunFolder.LATEST;

  @Option(names = "--baseline", paramLabel = "DIR", description = "The baseline's folder (default: ${DEFAULT-VALUE}).")
  Path baseline = Gate.DEFAULT_BASELINE;

  @Option(names = "--warn-only", description = "Report regressions, but exit with 0.")
  boolean warnOnly;

  @Override
  public Integer call() {
    PrintStream out = parent.out();
    GateReport report = Gate.compare(runDir, baseline);
    out.print(report.render());
    if (report.regressed() && warnOnly) {
      out.println("--warn-only: exit code 0 despite the regression.");
    }
    return report.regressed() && !warnOnly ? Bibench.REGRESSION : Bibench.DONE;
  }
}
