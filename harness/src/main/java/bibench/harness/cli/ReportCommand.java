package bibench.harness.cli;

import bibench.harness.report.Report;
import bibench.harness.results.RunFolder;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bibench report [run-dir]}: writes report.md, report.html and the github-action-benchmark
 * export into the run's folder and prints the Markdown.
 */
@Command(name = "report", description = "Write report.md, report.html and the benchmark export into a run's folder; print the tables.")
final class ReportCommand implements Callable<Integer> {
  @ParentCommand Bibench parent;

  @Mixin CommonOptions common;

  @Parameters(arity = "0..1", paramLabel = "RUN-DIR", description = "The run's folder (default: ${DEFAULT-VALUE}).")
  Path runDir = RunFolder.LATEST;

  @Override
  public Integer call() {
    PrintStream out = parent.out();
    Report.Written written = Report.write(runDir);
    out.print(written.markdownText());
    out.println();
    out.println("wrote " + written.markdown() + " and " + written.html());
    written.exports().describe().forEach(out::println);
    return Bibench.DONE;
  }
}
