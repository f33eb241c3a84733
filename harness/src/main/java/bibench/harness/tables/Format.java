package bibench.harness.tables;

import bibench.harness.stats.Summary;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting shared by every table. */
public final class Format {
  private Format() {}

  /** The note every table with seed statistics prints under itself. */
  public static final String SEEDS_NOTE =
      "With several seeds a cell reads mean ± std [± half-width of the 95% Student-t confidence interval of the mean].";

  /**
   * "92.51"; with several seeds "92.51 ± 0.40 [±3.59]" (std, then the half-width of the 95%
   * confidence interval); "diverged" when every seed diverged.
   */
  public static String mean(Summary s, int decimals) {
    if (s.allDiverged()) {
      return "diverged";
    }
    if (s.n() == 0) {
      return "-";
    }
    String text = fixed(s.mean(), decimals);
    if (s.n() > 1) {
      text += " ± " + fixed(s.sd(), decimals) + " [±" + fixed(s.ci95(), decimals) + "]";
    }
    if (s.diverged() > 0) {
      text += " (" + s.diverged() + " diverged)";
    }
    return text;
  }

  /** {@code value} with a fixed number of decimals, "-" for NaN. */
  public static String fixed(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "-";
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /**
   * {@code value} rounded to {@code digits} significant digits, written without exponent or
   * trailing zeros ("0.01234", "12.35", "1235", "0.02"); "-" for NaN or infinite.
   */
  public static String significant(double value, int digits) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "-";
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal rounded = BigDecimal.valueOf(value).round(new MathContext(digits)).stripTrailingZeros();
    if (rounded.scale() < 0) {
      rounded = rounded.setScale(0);
    }
    return rounded.toPlainString();
  }

  /**
   * A count with an SI suffix and three significant digits: "950", "1.23K", "11.2M", "40M".
   */
  public static String count(double value) {
    if (Double.isNaN(value)) {
      return "-";
    }
    String[] suffixes = {"", "K", "M", "G", "T", "P"};
    double v = Math.abs(value);
    int tier = 0;
    while (tier < suffixes.length - 1 && Math.round(v * 1000) / 1000.0 >= 999.5) {
      v /= 1000;
      tier++;
    }
    String digits = tier == 0 && v == Math.rint(v) ? Long.toString((long) v) : significant(v, 3);
    return (value < 0 ? "-" : "") + digits + suffixes[tier];
  }
}
