package bibench.harness.tables;

import bibench.harness.stats.Summary;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting shared by every table. */
public final class Format {
  private Format() {}

  /**
   * A value over seeds: "92.51 ± 0.40", the mean and the half-width of its 95% Student-t
   * confidence interval; one value alone: "92.51" (never a false "± 0"); "diverged" when every seed
   * diverged; "-" when there is none. A cell with fewer values than the table has seeds says how
   * many it has (" (n=2)"), and diverged seeds are counted (" (1 diverged)").
   *
   * @param seeds the number of seeds of the table
   */
  public static String ci(Summary s, int decimals, int seeds) {
    if (s.allDiverged()) {
      return "diverged";
    }
    if (s.n() == 0) {
      return "-";
    }
    String text = fixed(s.mean(), decimals);
    if (s.n() > 1) {
      text += " ± " + fixed(s.ci95(), decimals);
    }
    if (s.diverged() > 0) {
      text += " (" + s.diverged() + " diverged)";
    } else if (s.n() < seeds) {
      text += " (n=" + s.n() + ")";
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

  /**
   * Text that came from the rows (a task, operator or setting name), made safe inside a Markdown
   * table cell: a pipe cannot end the cell, a line break cannot end the row, and a {@code <} cannot
   * open HTML.
   */
  public static String markdownCell(String text) {
    return markdownInline(text).replace("|", "\\|");
  }

  /** Text made safe inside a Markdown line: line breaks become spaces and {@code <} cannot open HTML. */
  public static String markdownInline(String text) {
    return text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace("<", "&lt;");
  }

  /**
   * Text made safe as a whole Markdown line (a paragraph or heading): as {@link #markdownInline},
   * and a first character that would start a heading, quote or list is escaped.
   */
  public static String markdownText(String text) {
    String flat = markdownInline(text);
    return !flat.isEmpty() && "#>-+*=".indexOf(flat.charAt(0)) >= 0 ? "\\" + flat : flat;
  }
}
