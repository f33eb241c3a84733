package bibench.harness.report.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Points on two equal linear axes with the diagonal y = x drawn in: for measured against
 * theoretical speed-up, a point on the diagonal meets theory, one below it falls short.
 *
 * @param title the chart's title
 * @param xLabel the x axis' caption
 * @param yLabel the y axis' label
 * @param points the points
 */
public record ScatterChart(String title, String xLabel, String yLabel, List<Point> points) {

  /**
   * One point.
   *
   * @param series its colour group (an operator)
   * @param label what it is (model and setting), for the tooltip
   */
  public record Point(String series, String label, double x, double y) {}

  /** The chart as inline SVG. */
  public String svg() {
    Frame frame = new Frame(title, 420, 48);
    double hi = 1;
    for (Point p : points) {
      hi = Math.max(hi, Math.max(p.x(), p.y()));
    }
    Scale y = frame.yScale(0, hi);
    Scale x = new Scale(0, hi, frame.plotLeft(), frame.plotRight(), 8);
    frame.yAxis(y, yLabel);
    for (double tick : x.ticks()) {
      frame.svg.text(x.at(tick), frame.plotBottom() + 18, "middle", "tick", x.label(tick), 0);
    }
    double top = Math.min(x.max(), y.max());
    frame.svg.line(x.at(0), y.at(0), x.at(top), y.at(top), "diagonal");
    frame.svg.text(x.at(top) - 4, y.at(top) + 14, "end", "note", "y = x: measured meets theory", 0);
    List<String> series = new ArrayList<>();
    for (Point p : points) {
      if (!series.contains(p.series())) {
        series.add(p.series());
      }
    }
    for (Point p : points) {
      Map<String, String> data = new LinkedHashMap<>();
      data.put("series", p.series());
      data.put("label", p.label());
      frame.svg.circle(x.at(p.x()), y.at(p.y()), 5, Palette.color(p.series(), series.indexOf(p.series())), "point", data,
          p.series() + " · " + p.label() + ": theory " + BarChart.fmt(p.x()) + "x, measured " + BarChart.fmt(p.y()) + "x");
    }
    frame.xLabel(xLabel);
    frame.legend(series);
    return frame.svg.finish();
  }
}
