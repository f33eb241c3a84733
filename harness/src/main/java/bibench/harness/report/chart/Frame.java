package bibench.harness.report.chart;

import java.util.List;

/**
 * The common layout of every chart: a fixed-size canvas, a plot area inside margins, a title, a
 * y axis with grid lines, a caption under the x axis and a legend on the right.
 */
final class Frame {
  static final int WIDTH = 960;
  static final int LEFT = 64;
  static final int RIGHT = 150;
  static final int TOP = 36;

  final int height;
  final int bottom;
  final int left;
  final Svg svg;

  Frame(String title, int height, int bottom) {
    this(title, height, bottom, LEFT);
  }

  /** A frame with a left margin of {@code left} pixels (for long row labels). */
  Frame(String title, int height, int bottom, int left) {
    this.height = height;
    this.bottom = bottom;
    this.left = left;
    this.svg = new Svg(WIDTH, height, title);
    svg.text(LEFT, 22, "start", "title", title, 0);
  }

  double plotLeft() {
    return left;
  }

  double plotRight() {
    return WIDTH - RIGHT;
  }

  double plotTop() {
    return TOP;
  }

  double plotBottom() {
    return height - bottom;
  }

  /** A y scale over the plot's height. */
  Scale yScale(double lo, double hi) {
    return new Scale(lo, hi, plotBottom(), plotTop(), 5);
  }

  /** Grid lines, tick labels and the axis label of {@code y}. */
  void yAxis(Scale y, String label) {
    for (double tick : y.ticks()) {
      double py = y.at(tick);
      svg.line(plotLeft(), py, plotRight(), py, "grid");
      svg.text(plotLeft() - 6, py + 4, "end", "tick", y.label(tick), 0);
    }
    svg.line(plotLeft(), plotTop(), plotLeft(), plotBottom(), "axis");
    svg.line(plotLeft(), plotBottom(), plotRight(), plotBottom(), "axis");
    double mid = (plotTop() + plotBottom()) / 2;
    svg.text(16, mid, "middle", "axis-label", label, -90);
  }

  /** The x axis' caption, centred under the plot. */
  void xLabel(String label) {
    svg.text((plotLeft() + plotRight()) / 2, height - 8, "middle", "axis-label", label, 0);
  }

  /**
   * A 95% confidence interval: a vertical whisker with caps from {@code yLow} to {@code yHigh}
   * (pixels) at {@code x}; nothing when either end is unknown (one seed).
   */
  void whisker(double x, double yLow, double yHigh) {
    if (Double.isNaN(yLow) || Double.isNaN(yHigh)) {
      return;
    }
    svg.line(x, yLow, x, yHigh, "whisker");
    svg.line(x - 3, yLow, x + 3, yLow, "whisker cap");
    svg.line(x - 3, yHigh, x + 3, yHigh, "whisker cap");
  }

  /** One swatch and name per series, in the right margin. */
  void legend(List<String> series) {
    double x = plotRight() + 18;
    for (int i = 0; i < series.size(); i++) {
      double y = plotTop() + 6 + i * 20;
      svg.rect(x, y - 9, 12, 12, Palette.color(series.get(i), i), "swatch", java.util.Map.of("series", series.get(i)), null);
      svg.text(x + 18, y + 1, "start", "legend", series.get(i), 0);
    }
  }
}
