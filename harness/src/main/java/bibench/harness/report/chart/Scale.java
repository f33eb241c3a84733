package bibench.harness.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear map from data values to pixels, over a domain widened to "nice" round numbers so that
 * the axis ticks fall on 1, 2, 2.5 or 5 times a power of ten.
 */
public final class Scale {
  private final double min;
  private final double max;
  private final double step;
  private final double from;
  private final double to;

  /**
   * @param lo smallest data value to show
   * @param hi largest data value to show
   * @param from pixel of the domain's start
   * @param to pixel of the domain's end (smaller than {@code from} for a y axis)
   * @param ticks about how many ticks to draw
   */
  public Scale(double lo, double hi, double from, double to, int ticks) {
    if (!(hi > lo)) {
      double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
      lo -= pad;
      hi += pad;
    }
    this.step = niceStep((hi - lo) / Math.max(1, ticks));
    this.min = Math.floor(lo / step + 1e-9) * step;
    this.max = Math.ceil(hi / step - 1e-9) * step;
    this.from = from;
    this.to = to;
  }

  /** A round step near {@code raw}: 1, 2, 2.5 or 5 times a power of ten. */
  static double niceStep(double raw) {
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double fraction = raw / power;
    double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
    return nice * power;
  }

  /** The pixel of {@code value}. */
  public double at(double value) {
    return from + (value - min) / (max - min) * (to - from);
  }

  /** The domain's start (a tick). */
  public double min() {
    return min;
  }

  /** The domain's end (a tick). */
  public double max() {
    return max;
  }

  /** The tick values, from min to max. */
  public List<Double> ticks() {
    List<Double> ticks = new ArrayList<>();
    int count = (int) Math.round((max - min) / step);
    for (int i = 0; i <= count; i++) {
      ticks.add(min + i * step);
    }
    return ticks;
  }

  /** A tick's label: as few decimals as the step needs. */
  public String label(double tick) {
    int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) + 1e-9));
    if (step * Math.pow(10, decimals) % 1 != 0) {
      decimals++;
    }
    return String.format(java.util.Locale.ROOT, "%." + decimals + "f", tick);
  }
}
