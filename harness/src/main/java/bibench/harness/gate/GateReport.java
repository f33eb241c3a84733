package bibench.harness.gate;

import bibench.harness.tables.Format;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of the regression gate: one verdict per metric, worst first, and how to print them.
 *
 * @param runId the run compared
 * @param runDir its folder
 * @param baselineId the baseline's run id
 * @param baselineDir its folder
 * @param machineDifference why absolute times were not compared, or null when they were
 * @param verdicts the verdicts, worst first
 */
public record GateReport(String runId, Path runDir, String baselineId, Path baselineDir, String machineDifference,
    List<MetricVerdict> verdicts) {

  public GateReport {
    verdicts = List.copyOf(verdicts);
  }

  /** True when any metric REGRESSED: the gate fails (exit code 1). */
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

  /** One line: the counts per verdict. */
  public String summary() {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, count(v));
    }
    List<String> parts = new ArrayList<>();
    counts.forEach((v, n) -> {
      if (n > 0) {
        parts.add(n + " " + v);
      }
    });
    return (regressed() ? "FAIL: " : "PASS: ") + (parts.isEmpty() ? "no metrics" : String.join(", ", parts));
  }

  /** The verdict table (Markdown, readable on a terminal) with a heading and the summary. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("### Regression gate: run ").append(runId).append(" against baseline ").append(baselineId).append("\n\n");
    out.append(machineDifference == null ? "Same machine fingerprint: absolute times compared.\n\n"
        : "Absolute times not compared: " + machineDifference + ".\n\n");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("verdict", "metric", "baseline", "run", "change", "why"));
    for (MetricVerdict v : verdicts) {
      rows.add(List.of(v.verdict().name(), v.key().name(), value(v.baseline(), v.unit()), value(v.run(), v.unit()),
          change(v), v.reason()));
    }
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
    out.append('\n').append(summary()).append('\n');
    return out.toString();
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
