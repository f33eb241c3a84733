package bibench.harness.cli;

import bibench.harness.publish.Publishing;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code bibench publish <run-dir> [--published DIR]}: copies a run and its report where it can be committed. */
@Command(name = "publish", description = "Copy a run and its report to <published>/<date>-<suite>-<machine>/.")
final class PublishCommand implements Callable<Integer> {
  @ParentCommand Bibench parent;

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "RUN-DIR", description = "The run's folder, e.g. target/bibench/latest.")
  Path runDir;

  @Option(names = "--published", paramLabel = "DIR", description = "Where published runs are kept (default: ${DEFAULT-VALUE}).")
  Path published = Publishing.PUBLISHED;

  @Override
  public Integer call() {
    Path folder = Publishing.publish(runDir, published);
    parent.out().println("published to " + folder + " (results.csv, provenance.json, report.md, report.html, export); "
        + "commit it to share it");
    return Bibench.DONE;
  }
}
