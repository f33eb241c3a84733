package bibench.harness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.harness.Main;
import bibench.harness.results.Provenance;
import bibench.harness.results.RunFolder;
import bibench.harness.tables.Tables;
import bibench.harness.testing.Golden;
import bibench.harness.testing.RunFolders;
import bibench.harness.testing.SyntheticRun;
import bibench.results.ResultRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
  private static final List<String> OPS = List.of("fp32", "bnn", "xnor");
  private static final List<ResultRow> ROWS =
      SyntheticRun.rows("20251120T100000Z-01234567", OPS, 2, List.of("gaussian_noise", "contrast"));

  @TempDir Path dir;

  private static RunFolder run() {
    var p = RunFolders.provenance("20251120T100000Z-01234567", "AMD EPYC 7B13 64-Core Processor");
    return new RunFolder(Path.of("run"), ROWS, Optional.of(RunFolders.typed(p)));
  }

  private static String html() {
    return HtmlReport.render(run(), Tables.build(ROWS), ReportCharts.build(ROWS));
  }

  @Test
  void theMarkdownMatchesTheGoldenFile() {
    Golden.assertMatches("report.md", MarkdownReport.render(run(), Tables.build(ROWS)));
  }

  @Test
  void theHtmlOutlineMatchesTheGoldenFile() {
    Golden.assertMatches("report-outline.txt", outline(html()));
  }

  @Test
  void theAccuracyChartHasOneBarPerOperatorAndTask() {
    String html = html();
    String figure = figure(html, "accuracy-bars");
    Set<String> bars = new LinkedHashSet<>();
    Matcher m = Pattern.compile("<rect class=\"bar[^\"]*\" data-group=\"([^\"]+)\" data-series=\"([^\"]+)\"").matcher(figure);
    int count = 0;
    while (m.find()) {
      bars.add(m.group(1) + " " + m.group(2));
      count++;
    }
    Set<String> expected = new LinkedHashSet<>();
    for (String task : List.of("optdigits/mlp", "fashion-mnist/cnn-small", "cola/bert-tiny")) {
      for (String op : OPS) {
        expected.add(task + " " + op);
      }
    }
    assertEquals(expected, bars);
    assertEquals(9, count);
    // every bar carries its 95% interval (two seeds): a whisker and two caps
    assertEquals(9, count(figure, "<line class=\"whisker\""));
    assertEquals(3, count(figure, "class=\"reference\"")); // s0 of each task
    // one line per operator against severity, each point with its interval
    String lines = figure(html, "severity-lines");
    assertEquals(3, count(lines, "<polyline class=\"line\""));
    assertEquals(6 * 3, count(lines, "<circle class=\"point\"")); // clean + 5 severities
    assertEquals(6 * 3, count(lines, "<line class=\"whisker\""));
    // one box per operator over the grid; the two Adam 1e-4 settings FP32 did not converge in are hollow
    String strip = figure(html, "grid-strip");
    assertEquals(3, count(strip, "<rect class=\"box\""));
    assertEquals(2 * 3, count(strip, "class=\"point hollow\""));
  }

  @Test
  void theSpeedupChartLabelsKernelsAndModelsAndShowsEveryOperator() {
    String dots = figure(html(), "speedup-dots");
    // 2 timed things x 2 settings x 2 binarized operators, one line each
    assertEquals(8, count(dots, "<circle class=\"point\""));
    assertTrue(dots.contains(">gemm-1024 (kernel) · batch=1, threads=1</text>"), dots);
    assertTrue(dots.contains(">mlp-optdigits (model) · batch=32, threads=2</text>"), dots);
    // theory only where the complexity count gives it: the model, 2 settings x 2 operators
    assertEquals(4, count(dots, "<polygon class=\"reference\" data-group"));
    assertEquals(8, count(dots, "<line class=\"whisker\""));
  }

  @Test
  void namesFromTheRowsAreEscapedInEveryFormat() {
    List<ResultRow> rows = new ArrayList<>(ROWS);
    rows.add(ResultRow.single("r", "learning_task", "optdigits", "mlp", "evil|op\n<b>", "finetune", 1, "score", 50, "%",
        true));
    String markdown = Tables.markdown(Tables.build(rows));
    assertTrue(markdown.contains("| evil\\|op &lt;b> "), markdown);
    assertFalse(markdown.contains("<b>"));
    String page = HtmlReport.render(run(), Tables.build(rows), ReportCharts.build(rows));
    assertTrue(page.contains("evil|op\n&lt;b&gt;"));
    assertFalse(page.contains("<b>"));
  }

  @Test
  void thePageIsSelfContained() {
    String html = html();
    for (String forbidden : List.of("http:", "https:", "<script", "<link", "<img", " src=", "url(", "@import")) {
      assertFalse(html.contains(forbidden), forbidden);
    }
    assertTrue(html.contains("<style>") && html.contains("svg.chart"));
    assertTrue(html.contains("<dt>machine</dt><dd>AMD EPYC 7B13 64-Core Processor (family 25 model 1 stepping 1), 2 cores, threads 1</dd>"), html);
  }

  @Test
  void theReportCommandWritesBothFilesAndTheExportAndPrintsTheMarkdown() throws IOException {
    Path runDir = RunFolders.write(dir.resolve("20251120T100000Z-01234567"), ROWS,
        RunFolders.provenance("20251120T100000Z-01234567", "AMD EPYC 7B13 64-Core Processor"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"report", runDir.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream()));
    assertEquals(0, code);
    String markdown = Files.readString(runDir.resolve("report.md"));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith(markdown), "prints the Markdown it wrote");
    assertTrue(Files.readString(runDir.resolve("report.html")).startsWith("<!DOCTYPE html>"));
    assertTrue(Files.exists(runDir.resolve("benchmark-bigger-is-better.json")));
    assertTrue(Files.exists(runDir.resolve("benchmark-smaller-is-better.json")));
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  private static String figure(String html, String kind) {
    int start = html.indexOf("<figure class=\"" + kind + "\">");
    assertTrue(start >= 0, "no figure " + kind);
    return html.substring(start, html.indexOf("</figure>", start));
  }

  /** The page's structure: sections, headings, figures with their shapes, tables with columns and rows. */
  static String outline(String html) {
    List<String> lines = new ArrayList<>();
    Matcher m = Pattern.compile("<(section|h1|h2|figure|table|dl)( [^>]*)?>").matcher(html);
    while (m.find()) {
      String tag = m.group(1);
      int end = html.indexOf("</" + tag + ">", m.end());
      String body = html.substring(m.end(), end);
      switch (tag) {
        case "section" -> lines.add("section " + attr(m.group(2), "id"));
        case "h1", "h2" -> lines.add("  " + tag + " " + body);
        case "dl" -> lines.add("  provenance: " + count(body, "<dt>") + " items");
        case "figure" -> lines.add("  figure " + attr(m.group(2), "class") + ": " + count(body, "<svg") + " svg, "
            + count(body, "class=\"bar") + " bars, " + count(body, "<polyline") + " lines, "
            + count(body, "<circle") + " points, " + count(body, "class=\"box\"") + " boxes");
        default -> lines.add("  table " + count(body.substring(0, body.indexOf("</thead>")), "</th>") + " columns x "
            + (count(body, "<tr>") - 1) + " rows");
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static String attr(String attrs, String name) {
    Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(attrs);
    return m.find() ? m.group(1) : "";
  }
}
