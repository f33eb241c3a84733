package bibench.harness.report.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grouped bars: one group per category (a task), one bar per series (an operator) in each group,
 * each with a whisker for its 95% confidence interval when there is one, and optionally a dashed
 * reference line across a group (the task's trivial score). A missing value (NaN) draws a
 * zero-height bar marked "x", so that every group keeps one bar per series.
 *
 * @param title the chart's title
 * @param yLabel the y axis' label
 * @param groups the categories along x
 * @param series the bars of each group
 * @param values [series][group] values
 * @param errors [series][group] half-widths of the 95% confidence intervals (NaN for none)
 * @param references [group] a reference value drawn across the group (NaN for none)
 * @param referenceName what the reference is, for its tooltip
 */
public record BarChart(String title, String yLabel, List<String> groups, List<String> series, double[][] values,
    double[][] errors, double[] references, String referenceName) {

  /** The chart as inline SVG. */
  public String svg() {
    boolean longLabels = groups.stream().anyMatch(g -> g.length() * 7 > (Frame.WIDTH - Frame.LEFT - Frame.RIGHT) / groups.size());
    Frame frame = new Frame(title, 380, longLabels ? 90 : 56);
    double hi = 0;
    for (int s = 0; s < series.size(); s++) {
      for (int g = 0; g < groups.size(); g++) {
        double top = values[s][g] + (Double.isNaN(errors[s][g]) ? 0 : errors[s][g]);
        hi = Double.isNaN(top) ? hi : Math.max(hi, top);
      }
    }
    Scale y = frame.yScale(0, hi);
    frame.yAxis(y, yLabel);
    double groupWidth = (frame.plotRight() - frame.plotLeft()) / groups.size();
    double barWidth = groupWidth * 0.8 / series.size();
    for (int g = 0; g < groups.size(); g++) {
      double groupLeft = frame.plotLeft() + g * groupWidth + groupWidth * 0.1;
      for (int s = 0; s < series.size(); s++) {
        double v = values[s][g];
        double x = groupLeft + s * barWidth;
        Map<String, String> data = new LinkedHashMap<>();
        data.put("group", groups.get(g));
        data.put("series", series.get(s));
        String color = Palette.color(series.get(s), s);
        if (Double.isNaN(v)) {
          frame.svg.rect(x, y.at(0), barWidth * 0.9, 0, color, "bar missing", data, series.get(s) + " · " + groups.get(g)
              + ": no value (diverged or not run)");
          frame.svg.text(x + barWidth * 0.45, y.at(0) - 4, "middle", "mark", "x", 0);
          continue;
        }
        double e = errors[s][g];
        String tip = series.get(s) + " · " + groups.get(g) + ": " + fmt(v) + (Double.isNaN(e) ? "" : " ± " + fmt(e)
            + " (95% CI)");
        frame.svg.rect(x, y.at(v), barWidth * 0.9, y.at(0) - y.at(v), color, "bar", data, tip);
        if (!Double.isNaN(e)) {
          frame.whisker(x + barWidth * 0.45, y.at(v - e), y.at(v + e));
        }
      }
      double reference = references == null ? Double.NaN : references[g];
      if (!Double.isNaN(reference)) {
        double left = frame.plotLeft() + g * groupWidth + groupWidth * 0.05;
        frame.svg.line(left, y.at(reference), left + groupWidth * 0.9, y.at(reference), "reference");
        frame.svg.text(left + groupWidth * 0.9, y.at(reference) - 3, "end", "note", referenceName + " = " + fmt(reference), 0);
      }
      double labelX = frame.plotLeft() + (g + 0.5) * groupWidth;
      if (longLabels) {
        frame.svg.text(labelX, frame.plotBottom() + 14, "end", "tick", groups.get(g), -25);
      } else {
        frame.svg.text(labelX, frame.plotBottom() + 18, "middle", "tick", groups.get(g), 0);
      }
    }
    frame.legend(series);
    return frame.svg.finish();
  }

  static String fmt(double v) {
    return bibench.harness.tables.Format.significant(v, 4);
  }
}
