package bibench.harness.report;

import bibench.harness.cli.CliArgs;
import bibench.harness.export.BenchmarkActionExport;
import java.io.PrintStream;

/**
 * {@code bibench report [run-dir]} writes report.md, report.html and the github-action-benchmark
 * export into the run's folder and prints the Markdown; {@code bibench export [run-dir]} writes the
 * export alone.
 */
public final class ReportCommand {
  private ReportCommand() {}

  /** {@code bibench report}. */
  public static int report(CliArgs args, PrintStream out) {
    Report.Written written = Report.write(CliPaths.runDir(args, "report"));
    out.print(written.markdownText());
    out.println();
    out.println("wrote " + written.markdown() + ", " + written.html() + ", " + written.exports().bigger().getFileName()
        + " and " + written.exports().smaller().getFileName());
    return 0;
  }

  /** {@code bibench export}. */
  public static int export(CliArgs args, PrintStream out) {
    RunFolder run = RunFolder.load(CliPaths.runDir(args, "export"));
    BenchmarkActionExport.Files files = BenchmarkActionExport.write(run.dir(), run.rows());
    files.describe().forEach(out::println);
    return 0;
  }
}
