package bibench.harness.tables;

import java.util.Locale;

/** Number formatting shared by every table. */
final class Format {
  private Format() {}

  /** "92.51", "92.51 ± 0.40" with several seeds, "diverged" when every seed diverged. */
  static String mean(Stats s, int decimals) {
    if (s.allDiverged()) {
      return "diverged";
    }
    if (s.n() == 0) {
      return "-";
    }
    String text = fixed(s.mean(), decimals);
    if (s.n() > 1) {
      text += " ± " + fixed(s.stddev(), decimals);
    }
    if (s.diverged() > 0) {
      text += " (" + s.diverged() + " diverged)";
    }
    return text;
  }

  static String fixed(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "-";
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** Quadratic mean, sqrt(mean(x^2)). */
  static double qmean(Iterable<Double> values) {
    double sum = 0;
    int n = 0;
    for (double v : values) {
      sum += v * v;
      n++;
    }
    return n == 0 ? Double.NaN : Math.sqrt(sum / n);
  }
}
