package bibench.harness.report;

import bibench.harness.export.BenchmarkActionExport;
import bibench.harness.results.RunFolder;
import bibench.harness.tables.BenchTable;
import bibench.harness.tables.Format;
import bibench.harness.tables.Tables;
import java.util.List;

/** The report as Markdown: the provenance summary, then every table with its notes. */
public final class MarkdownReport {
  private MarkdownReport() {}

  /** The Markdown text. */
  public static String render(RunFolder run, List<BenchTable> tables) {
    StringBuilder out = new StringBuilder("# BiBench-J report: ").append(Format.markdownInline(run.runId())).append("\n\n");
    for (ProvenanceSummary.Item item : ProvenanceSummary.of(run)) {
      out.append("- **").append(Format.markdownInline(item.label())).append("**: ").append(Format.markdownInline(item.value()))
          .append('\n');
    }
    out.append('\n');
    if (tables.isEmpty()) {
      out.append("No result rows to tabulate.\n\n");
    } else {
      out.append(Tables.markdown(tables));
    }
    out.append("Charts: report.html. For github-action-benchmark: ").append(BenchmarkActionExport.BIGGER)
        .append(" (tool customBiggerIsBetter) and ").append(BenchmarkActionExport.SMALLER)
        .append(" (customSmallerIsBetter).\n");
    return out.toString();
  }
}
