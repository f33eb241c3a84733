package bibench.harness.cli;

import bibench.harness.export.BenchmarkActionExport;
import bibench.harness.results.RunFolder;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code bibench export [run-dir]}: the github-action-benchmark files of a run, without the report. */
@Command(name = "export", description = "Write the github-action-benchmark files (benchmark-bigger-is-better.json, "
    + "benchmark-smaller-is-better.json) into a run's folder.")
final class ExportCommand implements Callable<Integer> {
  @ParentCommand Bibench parent;

  @Mixin CommonOptions common;

  @Parameters(arity = "0..1", paramLabel = "RUN-DIR", description = "The run's folder (default: ${DEFAULT-VALUE}).")
  Path runDir = RunFolder.LATEST;

  @Override
  public Integer call() {
    PrintStream out = parent.out();
    RunFolder run = RunFolder.load(runDir);
    BenchmarkActionExport.Files files = BenchmarkActionExport.write(run.dir(), run.rows());
    files.describe().forEach(out::println);
    return Bibench.DONE;
  }
}
