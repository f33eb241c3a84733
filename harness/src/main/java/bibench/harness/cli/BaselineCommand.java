package bibench.harness.cli;

import bibench.harness.publish.Publishing;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bibench baseline <run-dir> [--baseline DIR]}: makes a finished run the baseline the gate
 * compares runs of its suite with (DIR/<suite>/).
 */
@Command(name = "baseline", description = "Make a finished run the baseline of its suite: copy its results.csv and "
    + "provenance.json to <baselines>/<suite>/.")
final class BaselineCommand implements Callable<Integer> {
  @ParentCommand Bibench parent;

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "RUN-DIR", description = "The run's folder, e.g. target/bibench/latest.")
  Path runDir;

  @Option(names = "--baseline", paramLabel = "DIR",
      description = "The baselines' folder; the run goes to DIR/<suite>/ (default: ${DEFAULT-VALUE}).")
  Path baseline = Publishing.BASELINE;

  @Override
  public Integer call() {
    Publishing.Baseline made = Publishing.refreshBaseline(runDir, baseline);
    parent.out().println("baseline " + made.dir() + " is now run " + made.runId() + " (results.csv, provenance.json); "
        + "commit it to share it");
    return Bibench.DONE;
  }
}
