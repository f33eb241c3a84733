package bibench.harness.report;

import static bibench.harness.report.chart.Svg.escape;

import bibench.harness.results.RunFolder;
import bibench.harness.tables.BenchTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The report as one self-contained HTML page: inline CSS, inline SVG charts, no script and no
 * reference to anything outside the file, so it opens the same offline, attached to a CI run or
 * published.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** The page. */
  public static String render(RunFolder run, List<BenchTable> tables, List<Figure> figures) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>BiBench-J report: ").append(escape(run.runId())).append("</title>\n<style>\n").append(css())
        .append("</style>\n</head>\n<body>\n<main>\n");
    out.append("<header>\n<h1>BiBench-J report</h1>\n<p class=\"run\">").append(escape(run.runId())).append("</p>\n")
        .append("<dl id=\"provenance\" class=\"provenance\">\n");
    for (ProvenanceSummary.Item item : ProvenanceSummary.of(run)) {
      out.append("<dt>").append(escape(item.label())).append("</dt><dd>").append(escape(item.value())).append("</dd>\n");
    }
    out.append("</dl>\n");
    if (!tables.isEmpty()) {
      out.append("<nav>\n");
      for (BenchTable t : tables) {
        out.append("<a href=\"#").append(escape(t.id())).append("\">").append(escape(t.title())).append("</a>\n");
      }
      out.append("</nav>\n");
    }
    out.append("</header>\n");
    if (tables.isEmpty()) {
      out.append("<p>No result rows to tabulate.</p>\n");
    }
    for (BenchTable t : tables) {
      out.append("<section id=\"").append(escape(t.id())).append("\">\n<h2>").append(escape(t.title())).append("</h2>\n");
      for (Figure f : figures) {
        if (f.tableId().equals(t.id())) {
          out.append("<figure class=\"").append(escape(f.kind())).append("\">\n").append(f.svg())
              .append("<figcaption>").append(escape(f.caption())).append("</figcaption>\n</figure>\n");
        }
      }
      table(out, t);
      for (String note : t.notes()) {
        out.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
      }
      out.append("</section>\n");
    }
    out.append("<footer>Made by BiBench-J from results.csv and provenance.json in this run's folder. "
        + "The same tables are in report.md.</footer>\n</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void table(StringBuilder out, BenchTable t) {
    Table cells = t.cells();
    boolean[] text = new boolean[cells.columnCount()];
    for (int c = 1; c < text.length; c++) {
      text[c] = t.isLabelColumn(c);
    }
    out.append("<div class=\"scroll\"><table>\n<thead><tr>");
    for (int c = 0; c < cells.columnCount(); c++) {
      out.append(text[c] ? "<th class=\"text\">" : "<th>").append(breakable(cells.columnNames().get(c)))
          .append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < cells.rowCount(); r++) {
      out.append("<tr>");
      for (int c = 0; c < cells.columnCount(); c++) {
        out.append(c == 0 ? "<th scope=\"row\">" : text[c] ? "<td class=\"text\">" : "<td>")
            .append(escape(cells.getString(r, c)))
            .append(c == 0 ? "</th>" : "</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table></div>\n");
  }

  /**
   * An escaped column heading that may wrap after a slash or a space, so that a long task name such
   * as fashion-mnist/cnn-small does not widen its column beyond its values.
   */
  static String breakable(String heading) {
    return escape(heading).replace("/", "/<wbr>");
  }

  private static String css() {
    try (InputStream in = HtmlReport.class.getResourceAsStream("/bibench/report/report.css")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new UncheckedIOException("the report style sheet is missing from the class path",
          e instanceof IOException io ? io : new IOException(e));
    }
  }
}
