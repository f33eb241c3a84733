package bibench.harness.report.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The spread of values per category: every value as a dot with a whisker for its 95% confidence
 * interval (spread sideways so equal values stay visible), over a box from the first to the third
 * quartile with a line at the median and whiskers to the minimum and maximum. A value that does not
 * count (a setting left out) is drawn hollow and stays out of the box.
 *
 * @param title the chart's title
 * @param yLabel the y axis' label
 * @param categories the categories along x (operators)
 * @param values the points of each category
 */
public record StripChart(String title, String yLabel, List<String> categories, List<List<Point>> values) {

  /**
   * One value.
   *
   * @param value the value (a mean over seeds)
   * @param error half-width of its 95% confidence interval (NaN for none)
   * @param counts false for a value drawn hollow and left out of the box
   * @param label what it is (a setting), for the tooltip
   */
  public record Point(double value, double error, boolean counts, String label) {}

  /** The chart as inline SVG. */
  public String svg() {
    Frame frame = new Frame(title, 380, 48);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (List<Point> ps : values) {
      for (Point p : ps) {
        double e = Double.isNaN(p.error()) ? 0 : p.error();
        lo = Math.min(lo, p.value() - e);
        hi = Math.max(hi, p.value() + e);
      }
    }
    if (lo > hi) {
      lo = 0;
      hi = 100;
    }
    Scale y = frame.yScale(lo, hi);
    frame.yAxis(y, yLabel);
    double step = (frame.plotRight() - frame.plotLeft()) / categories.size();
    for (int c = 0; c < categories.size(); c++) {
      double cx = frame.plotLeft() + (c + 0.5) * step;
      String color = Palette.color(categories.get(c), c);
      List<Double> sorted = new ArrayList<>();
      values.get(c).stream().filter(Point::counts).forEach(p -> sorted.add(p.value()));
      Collections.sort(sorted);
      if (!sorted.isEmpty()) {
        double q1 = quantile(sorted, 0.25);
        double median = quantile(sorted, 0.5);
        double q3 = quantile(sorted, 0.75);
        double half = Math.min(22, step * 0.3);
        frame.svg.line(cx, y.at(sorted.get(0)), cx, y.at(sorted.get(sorted.size() - 1)), "range", color);
        frame.svg.rect(cx - half, y.at(q3), 2 * half, Math.max(1, y.at(q1) - y.at(q3)), color, "box",
            Map.of("series", categories.get(c)), categories.get(c) + ": median " + BarChart.fmt(median) + ", quartiles "
                + BarChart.fmt(q1) + " to " + BarChart.fmt(q3) + ", range " + BarChart.fmt(sorted.get(0)) + " to "
                + BarChart.fmt(sorted.get(sorted.size() - 1)));
        frame.svg.line(cx - half, y.at(median), cx + half, y.at(median), "median", color);
      }
      List<Point> ps = values.get(c);
      for (int i = 0; i < ps.size(); i++) {
        Point p = ps.get(i);
        double x = cx + ((i % 5) - 2) * Math.min(6, step * 0.06);
        frame.whisker(x, y.at(p.value() - p.error()), y.at(p.value() + p.error()));
        frame.svg.circle(x, y.at(p.value()), 3.5, p.counts() ? color : "#fff", p.counts() ? "point" : "point hollow",
            Map.of("series", categories.get(c), "label", p.label()), categories.get(c) + " · " + p.label() + ": "
                + BarChart.fmt(p.value()) + (Double.isNaN(p.error()) ? "" : " ± " + BarChart.fmt(p.error()) + " (95% CI)")
                + (p.counts() ? "" : " (left out)"));
      }
      frame.svg.text(cx, frame.plotBottom() + 18, "middle", "tick", categories.get(c), 0);
    }
    return frame.svg.finish();
  }

  /** Linear-interpolation quantile of sorted values (the R-7 rule, as numpy's default). */
  static double quantile(List<Double> sorted, double p) {
    double h = (sorted.size() - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.size() - 1);
    return sorted.get(lo) + (h - lo) * (sorted.get(hi) - sorted.get(lo));
  }
}
