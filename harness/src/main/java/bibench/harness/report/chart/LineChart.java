package bibench.harness.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lines over ordered categories (such as clean, severity 1 ... 5): one line per series, a dot per
 * value with a whisker for its 95% confidence interval when there is one; a missing value (NaN)
 * breaks nothing, it is skipped.
 *
 * @param title the chart's title
 * @param xLabel the x axis' caption
 * @param yLabel the y axis' label
 * @param xCategories the categories along x, in order
 * @param series the lines' names
 * @param values [series][category] values
 * @param errors [series][category] half-widths of the 95% confidence intervals (NaN for none)
 */
public record LineChart(String title, String xLabel, String yLabel, List<String> xCategories, List<String> series,
    double[][] values, double[][] errors) {

  /** The chart as inline SVG. */
  public String svg() {
    Frame frame = new Frame(title, 360, 48);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int s = 0; s < values.length; s++) {
      for (int c = 0; c < values[s].length; c++) {
        double v = values[s][c];
        double e = Double.isNaN(errors[s][c]) ? 0 : errors[s][c];
        if (!Double.isNaN(v)) {
          lo = Math.min(lo, v - e);
          hi = Math.max(hi, v + e);
        }
      }
    }
    if (lo > hi) {
      lo = 0;
      hi = 100;
    }
    Scale y = frame.yScale(lo, hi);
    frame.yAxis(y, yLabel);
    double step = (frame.plotRight() - frame.plotLeft()) / xCategories.size();
    for (int c = 0; c < xCategories.size(); c++) {
      frame.svg.text(frame.plotLeft() + (c + 0.5) * step, frame.plotBottom() + 18, "middle", "tick", xCategories.get(c), 0);
    }
    for (int s = 0; s < series.size(); s++) {
      String color = Palette.color(series.get(s), s);
      List<double[]> points = new ArrayList<>();
      for (int c = 0; c < xCategories.size(); c++) {
        if (!Double.isNaN(values[s][c])) {
          points.add(new double[] {frame.plotLeft() + (c + 0.5) * step, y.at(values[s][c])});
        }
      }
      frame.svg.polyline(points, color, "line", Map.of("series", series.get(s)));
      double dodge = (s - (series.size() - 1) / 2.0) * Math.min(3, step * 0.5 / Math.max(1, series.size()));
      for (int c = 0, p = 0; c < xCategories.size(); c++) {
        if (!Double.isNaN(values[s][c])) {
          double[] at = points.get(p++);
          double e = errors[s][c];
          frame.whisker(at[0] + dodge, y.at(values[s][c] - e), y.at(values[s][c] + e));
          frame.svg.circle(at[0], at[1], 3.5, color, "point", Map.of("series", series.get(s)),
              series.get(s) + " · " + xCategories.get(c) + ": " + BarChart.fmt(values[s][c])
                  + (Double.isNaN(e) ? "" : " ± " + BarChart.fmt(e) + " (95% CI)"));
        }
      }
    }
    frame.xLabel(xLabel);
    frame.legend(series);
    return frame.svg.finish();
  }
}
