package bibench.harness.report.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measured values against a reference, one labelled group per timed thing (a kernel or a model
 * at one setting) and one line per series (operator) inside it, so that nothing overlaps: the
 * measured value as a dot with a horizontal whisker for its 95% confidence interval, the
 * reference (the theoretical speed-up) as a hollow diamond joined to it by a thin line. The x
 * axis is logarithmic (base 2) with a line at 1.
 *
 * @param title the chart's title
 * @param xLabel the x axis' caption
 * @param rows the lines, grouped in order of first appearance of their group
 */
public record DotPlot(String title, String xLabel, List<Row> rows) {
  private static final int LABELS = 250;
  private static final int LINE = 13;
  private static final int HEADER = 18;
  private static final int GAP = 8;

  /**
   * One line.
   *
   * @param group what was timed, such as "resnet18 (model) · batch=1, threads=1"
   * @param series the operator
   * @param value the measured value
   * @param low lower end of its 95% confidence interval (NaN for none)
   * @param high upper end (NaN for none)
   * @param reference the reference value (NaN for none)
   */
  public record Row(String group, String series, double value, double low, double high, double reference) {}

  /** The chart as inline SVG. */
  public String svg() {
    Map<String, List<Row>> groups = new LinkedHashMap<>();
    rows.forEach(r -> groups.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r));
    List<String> series = new ArrayList<>();
    double lo = 1;
    double hi = 1;
    for (Row r : rows) {
      if (!series.contains(r.series())) {
        series.add(r.series());
      }
      for (double v : new double[] {r.value(), r.low(), r.high(), r.reference()}) {
        if (v > 0 && !Double.isInfinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    int minPower = (int) Math.floor(log2(lo));
    int maxPower = Math.max(minPower + 1, (int) Math.ceil(log2(hi)));
    int height = Frame.TOP + 10 + groups.size() * (HEADER + GAP) + rows.size() * LINE + 48;
    Frame frame = new Frame(title, height, 48, LABELS);
    double left = frame.plotLeft();
    double right = frame.plotRight();
    java.util.function.DoubleUnaryOperator x = v -> left + (log2(v) - minPower) / (maxPower - minPower) * (right - left);
    for (int p = minPower; p <= maxPower; p++) {
      double px = x.applyAsDouble(Math.pow(2, p));
      frame.svg.line(px, frame.plotTop(), px, frame.plotBottom(), p == 0 ? "axis" : "grid");
      frame.svg.text(px, frame.plotBottom() + 16, "middle", "tick", BarChart.fmt(Math.pow(2, p)), 0);
    }
    double y = frame.plotTop() + 10;
    for (Map.Entry<String, List<Row>> group : groups.entrySet()) {
      frame.svg.text(8, y + 12, "start", "group-label", group.getKey(), 0);
      y += HEADER;
      for (Row r : group.getValue()) {
        double cy = y + LINE / 2.0;
        String color = Palette.color(r.series(), series.indexOf(r.series()));
        frame.svg.text(left - 8, cy + 4, "end", "tick", r.series(), 0);
        frame.svg.line(left, cy, right, cy, "guide");
        Map<String, String> data = new LinkedHashMap<>();
        data.put("group", group.getKey());
        data.put("series", r.series());
        if (r.reference() > 0 && r.value() > 0) {
          frame.svg.line(x.applyAsDouble(r.value()), cy, x.applyAsDouble(r.reference()), cy, "gap");
        }
        if (r.reference() > 0) {
          frame.svg.diamond(x.applyAsDouble(r.reference()), cy, 4.5, color, "reference", data,
              r.series() + " · " + group.getKey() + ": theory " + BarChart.fmt(r.reference()) + "x");
        }
        if (r.low() > 0 && r.high() > 0) {
          double x1 = x.applyAsDouble(r.low());
          double x2 = x.applyAsDouble(r.high());
          frame.svg.line(x1, cy, x2, cy, "whisker");
          frame.svg.line(x1, cy - 3, x1, cy + 3, "whisker cap");
          frame.svg.line(x2, cy - 3, x2, cy + 3, "whisker cap");
        }
        if (r.value() > 0) {
          frame.svg.circle(x.applyAsDouble(r.value()), cy, 4, color, "point", data, r.series() + " · " + group.getKey()
              + ": measured " + BarChart.fmt(r.value()) + "x" + (r.low() > 0 ? " (95% CI " + BarChart.fmt(r.low())
              + " to " + BarChart.fmt(r.high()) + ")" : "") + (r.reference() > 0 ? ", theory "
              + BarChart.fmt(r.reference()) + "x" : ""));
        }
        y += LINE;
      }
      y += GAP;
    }
    frame.xLabel(xLabel);
    frame.legend(series);
    double legendY = frame.plotTop() + 6 + series.size() * 20;
    frame.svg.diamond(frame.plotRight() + 24, legendY - 3, 5, "#555", "reference", Map.of(), null);
    frame.svg.text(frame.plotRight() + 36, legendY + 1, "start", "legend", "theory (r_s)", 0);
    return frame.svg.finish();
  }

  private static double log2(double v) {
    return Math.log(v) / Math.log(2);
  }
}
