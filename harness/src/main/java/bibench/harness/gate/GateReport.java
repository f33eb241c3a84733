package bibench.harness.gate;

import bibench.harness.tables.Format;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of the regression gate: one verdict per metric, worst first, the lines that say how
 * the comparison was made (plan, score test, machine, metrics out of plan), and how to print them.
 * Machine-dependent metrics that were not compared are counted on one line, not listed.
 *
 * @param runId the run compared
 * @param runDir its folder
 * @param baselineId the baseline's run id
 * @param baselineDir its folder
 * @param notes the lines printed above the table
 * @param verdicts the verdicts, worst first
 */
public record GateReport(String runId, Path runDir, String baselineId, Path baselineDir, List<String> notes,
    List<MetricVerdict> verdicts) {

  public GateReport {
    notes = List.copyOf(notes);
    verdicts = List.copyOf(verdicts);
  }

  /** True when the gate fails (exit code 1): a metric REGRESSED or is MISSING. */
  public boolean failed() {
    return count(Verdict.REGRESSED) > 0 || count(Verdict.MISSING) > 0;
  }

  /** True when any metric REGRESSED. */
  public boolean regressed() {
    return count(Verdict.REGRESSED) > 0;
  }

  /** How many metrics got {@code verdict}. */
  public int count(Verdict verdict) {
    return (int) verdicts.stream().filter(v -> v.verdict() == verdict).count();
  }

  /** The verdicts of one kind. */
  public List<MetricVerdict> withVerdict(Verdict verdict) {
    return verdicts.stream().filter(v -> v.verdict() == verdict).toList();
  }

  /** One line: PASS or FAIL and the counts per verdict. */
  public String summary() {
    List<String> parts = new ArrayList<>();
    for (Verdict v : Verdict.values()) {
      int n = count(v);
      if (n > 0) {
        parts.add(n + " " + v);
      }
    }
    return (failed() ? "FAIL: " : "PASS: ") + (parts.isEmpty() ? "no metrics" : String.join(", ", parts));
  }

  /** The notes, the verdict table (Markdown, readable on a terminal) and the summary. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("### Regression gate: run ").append(runId).append(" against baseline ").append(baselineId)
        .append(" (").append(baselineDir).append(")\n\n");
    notes.forEach(n -> out.append("- ").append(n).append('\n'));
    out.append('\n');
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("verdict", "metric", "baseline", "run", "change", "why"));
    for (MetricVerdict v : verdicts) {
      if (v.verdict() != Verdict.NOT_COMPARED) {
        rows.add(List.of(v.verdict().name(), v.key().name(), value(v.baseline(), v.unit()), value(v.run(), v.unit()),
            change(v), v.reason()));
      }
    }
    if (rows.size() > 1) {
      table(out, rows);
      out.append('\n');
    }
    out.append(summary()).append('\n');
    return out.toString();
  }

  private static void table(StringBuilder out, List<List<String>> rows) {
    int[] widths = new int[6];
    for (List<String> row : rows) {
      for (int c = 0; c < 6; c++) {
        widths[c] = Math.max(widths[c], Format.markdownCell(row.get(c)).length());
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      line(out, rows.get(r), widths);
      if (r == 0) {
        out.append('|');
        for (int c = 0; c < 6; c++) {
          out.append(c >= 2 && c <= 4 ? "-".repeat(widths[c] + 1) + ":|" : ":" + "-".repeat(widths[c] + 1) + "|");
        }
        out.append('\n');
      }
    }
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths) {
    out.append('|');
    for (int c = 0; c < cells.size(); c++) {
      String v = Format.markdownCell(cells.get(c));
      String pad = " ".repeat(widths[c] - v.length());
      out.append(' ').append(c >= 2 && c <= 4 ? pad + v : v + pad).append(" |");
    }
    out.append('\n');
  }

  private static String value(double v, String unit) {
    if (Double.isNaN(v)) {
      return "-";
    }
    return Format.significant(v, 4) + (unit.isEmpty() ? "" : " " + unit);
  }

  private static String change(MetricVerdict v) {
    double p = v.changePercent();
    return Double.isNaN(p) ? "-" : String.format(Locale.ROOT, "%+.1f%%", p);
  }
}
