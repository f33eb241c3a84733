package bibench.harness.report;

import bibench.harness.export.BenchmarkActionExport;
import bibench.harness.results.AtomicFiles;
import bibench.harness.results.RunFolder;
import bibench.harness.tables.BenchTable;
import bibench.harness.tables.Tables;
import java.nio.file.Path;
import java.util.List;

/**
 * A run's report: {@code report.md} (provenance and tables) and one self-contained {@code
 * report.html} (the same with charts), written into the run's folder together with the
 * github-action-benchmark export. Everything comes from the run's rows and provenance.
 */
public final class Report {
  /** The Markdown report's file name. */
  public static final String MARKDOWN = "report.md";

  /** The HTML report's file name. */
  public static final String HTML = "report.html";

  private Report() {}

  /**
   * What was written.
   *
   * @param markdown report.md
   * @param html report.html
   * @param exports the two github-action-benchmark files
   * @param markdownText the Markdown, to print
   */
  public record Written(Path markdown, Path html, BenchmarkActionExport.Files exports, String markdownText) {}

  /**
   * Reads the run in {@code runDir} and writes its report files there.
   *
   * @throws bibench.BadInputException if the folder or its results.csv is missing or malformed
   */
  public static Written write(Path runDir) {
    return write(RunFolder.load(runDir));
  }

  /** Writes the report files of {@code run} into its folder. */
  public static Written write(RunFolder run) {
    List<BenchTable> tables = Tables.build(run.rows());
    String markdown = MarkdownReport.render(run, tables);
    String html = HtmlReport.render(run, tables, ReportCharts.build(run.rows()));
    Path md = run.dir().resolve(MARKDOWN);
    Path page = run.dir().resolve(HTML);
    AtomicFiles.writeString(md, markdown);
    AtomicFiles.writeString(page, html);
    BenchmarkActionExport.Files exports = BenchmarkActionExport.write(run.dir(), run.rows());
    return new Written(md, page, exports, markdown);
  }
}
