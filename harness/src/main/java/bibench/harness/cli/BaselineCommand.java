package bibench.harness.cli;

import bibench.harness.publish.Publishing;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code bibench baseline <run-dir> [--baseline DIR]}: makes a finished run the baseline the gate compares with. */
@Command(name = "baseline", description = "Make a run the baseline: copy its results.csv and provenance.json to the baseline folder.")
final class BaselineCommand implements Callable<Integer> {
  @ParentCommand Bibench parent;

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "RUN-DIR", description = "The run's folder, e.g. target/bibench/latest.")
  Path runDir;

  @Option(names = "--baseline", paramLabel = "DIR", description = "The baseline's folder (default: ${DEFAULT-VALUE}).")
  Path baseline = Publishing.BASELINE;

  @Override
  public Integer call() {
    String runId = Publishing.refreshBaseline(runDir, baseline);
    parent.out().println("baseline " + baseline + " is now run " + runId + " (results.csv, provenance.json); commit it to share it");
    return Bibench.DONE;
  }
}
