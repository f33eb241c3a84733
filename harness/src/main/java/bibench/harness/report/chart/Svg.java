package bibench.harness.report.chart;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A tiny writer of inline SVG: the few shapes the charts draw, each with a CSS class, optional
 * {@code data-*} attributes (so tests and readers can tell what a shape stands for) and an optional
 * tooltip ({@code <title>}). No namespace URL and no external reference: the markup is meant to
 * sit inside an HTML page that opens without a network.
 */
public final class Svg {
  private final StringBuilder out = new StringBuilder();

  /** Starts an SVG of the given size (it scales to its container's width). */
  public Svg(int width, int height, String label) {
    out.append("<svg class=\"chart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(escape(label)).append("\">\n");
  }

  /** A straight line. */
  public Svg line(double x1, double y1, double x2, double y2, String cssClass) {
    out.append("<line class=\"").append(cssClass).append("\" x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1))
        .append("\" x2=\"").append(num(x2)).append("\" y2=\"").append(num(y2)).append("\"/>\n");
    return this;
  }

  /** A line in a colour (whiskers, medians). */
  public Svg line(double x1, double y1, double x2, double y2, String cssClass, String color) {
    out.append("<line class=\"").append(cssClass).append("\" x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1))
        .append("\" x2=\"").append(num(x2)).append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(color)
        .append("\"/>\n");
    return this;
  }

  /** A filled rectangle. */
  public Svg rect(double x, double y, double w, double h, String fill, String cssClass, Map<String, String> data,
      String tooltip) {
    out.append("<rect class=\"").append(cssClass).append('"').append(data(data)).append(" x=\"").append(num(x))
        .append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w)).append("\" height=\"").append(num(h))
        .append("\" fill=\"").append(fill).append('"');
    return close(tooltip, "rect");
  }

  /** A filled circle. */
  public Svg circle(double cx, double cy, double r, String fill, String cssClass, Map<String, String> data,
      String tooltip) {
    out.append("<circle class=\"").append(cssClass).append('"').append(data(data)).append(" cx=\"").append(num(cx))
        .append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r)).append("\" fill=\"").append(fill).append('"');
    return close(tooltip, "circle");
  }

  /** A hollow diamond centred on (cx, cy) with half-diagonal r, outlined in {@code stroke}. */
  public Svg diamond(double cx, double cy, double r, String stroke, String cssClass, Map<String, String> data,
      String tooltip) {
    out.append("<polygon class=\"").append(cssClass).append('"').append(data(data)).append(" points=\"")
        .append(num(cx)).append(',').append(num(cy - r)).append(' ').append(num(cx + r)).append(',').append(num(cy))
        .append(' ').append(num(cx)).append(',').append(num(cy + r)).append(' ').append(num(cx - r)).append(',')
        .append(num(cy)).append("\" fill=\"#fff\" stroke=\"").append(stroke).append('"');
    return close(tooltip, "polygon");
  }

  /** An open line through points {x0, y0, x1, y1, ...}. */
  public Svg polyline(List<double[]> points, String stroke, String cssClass, Map<String, String> data) {
    out.append("<polyline class=\"").append(cssClass).append('"').append(data(data)).append(" fill=\"none\" stroke=\"")
        .append(stroke).append("\" points=\"");
    for (int i = 0; i < points.size(); i++) {
      out.append(i == 0 ? "" : " ").append(num(points.get(i)[0])).append(',').append(num(points.get(i)[1]));
    }
    out.append("\"/>\n");
    return this;
  }

  /** Text; {@code anchor} is start, middle or end; {@code rotate} in degrees (0 for none). */
  public Svg text(double x, double y, String anchor, String cssClass, String text, double rotate) {
    out.append("<text class=\"").append(cssClass).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
        .append("\" text-anchor=\"").append(anchor).append('"');
    if (rotate != 0) {
      out.append(" transform=\"rotate(").append(num(rotate)).append(' ').append(num(x)).append(' ').append(num(y))
          .append(")\"");
    }
    out.append('>').append(escape(text)).append("</text>\n");
    return this;
  }

  /** Ends the SVG and returns its markup. */
  public String finish() {
    return out.append("</svg>\n").toString();
  }

  private Svg close(String tooltip, String tag) {
    if (tooltip == null || tooltip.isEmpty()) {
      out.append("/>\n");
    } else {
      out.append("><title>").append(escape(tooltip)).append("</title></").append(tag).append(">\n");
    }
    return this;
  }

  private static String data(Map<String, String> data) {
    StringBuilder s = new StringBuilder();
    data.forEach((k, v) -> s.append(" data-").append(k).append("=\"").append(escape(v)).append('"'));
    return s.toString();
  }

  /** A coordinate with one decimal. */
  static String num(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  /** Escapes text for XML and HTML. */
  public static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }
}
