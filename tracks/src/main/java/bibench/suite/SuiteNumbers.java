package bibench.suite;

import bibench.BadInputException;
import bibench.Excerpt;
import com.google.gson.JsonElement;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Range checks of suite numbers, made on the number exactly as written ({@link StrictJson} keeps
 * it as a {@link BigDecimal}) and in the type it will be used in: an integer must be whole and fit
 * its range (an epoch count of 1e30 does not wrap around to something else); a learning rate must
 * survive the conversion to the 32-bit float the trainer uses (1e39 would become infinite, 1e-50
 * would become 0). Every failure names the key and the allowed range. Lists must not repeat an
 * item: repeated seeds would double every row and print a false "+- 0.00".
 */
final class SuiteNumbers {

  private static final String FIX = "edit the suite file (keys and their ranges: README.md, Suites)";

  private SuiteNumbers() {}

  /** The exact number, or null when {@code e} is not a JSON number. */
  static BigDecimal exact(JsonElement e) {
    if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
      return null;
    }
    return e.getAsBigDecimal();
  }

  /** A whole number in [min, max]. */
  static long integer(String where, JsonElement e, long min, long max) {
    BigDecimal v = exact(e);
    String range = "an integer from " + grouped(min) + " to " + grouped(max);
    if (v == null) {
      throw bad(where, range, e, "not a number");
    }
    BigDecimal whole = v.stripTrailingZeros();
    if (whole.scale() > 0) {
      throw bad(where, range, e, "not a whole number");
    }
    if (whole.compareTo(BigDecimal.valueOf(min)) < 0 || whole.compareTo(BigDecimal.valueOf(max)) > 0) {
      String why = whole.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
          || whole.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0 ? "it overflows a 64-bit integer"
          : max == Integer.MAX_VALUE && whole.compareTo(BigDecimal.valueOf(max)) > 0
              ? "it overflows the 32-bit int it is used as" : "out of range";
      throw bad(where, range, e, why);
    }
    return whole.longValueExact();
  }

  /**
   * A number in [min, max] (or (min, max] when {@code minExclusive}) that a 32-bit float holds:
   * neither overflowing to infinity nor, when not zero, underflowing to 0.
   */
  static float float32(String where, JsonElement e, double min, boolean minExclusive, double max) {
    BigDecimal v = exact(e);
    String range = String.format(Locale.ROOT, "a number %s %s and <= %s (held as a 32-bit float)",
        minExclusive ? ">" : ">=", plain(min), plain(max));
    if (v == null) {
      throw bad(where, range, e, "not a number");
    }
    int low = v.compareTo(BigDecimal.valueOf(min));
    if (low < 0 || (minExclusive && low == 0) || v.compareTo(new BigDecimal(max)) > 0) {
      throw bad(where, range, e, v.compareTo(new BigDecimal(Float.MAX_VALUE)) > 0
          ? "it overflows a 32-bit float to infinity" : "out of range");
    }
    float f = v.floatValue();
    if (f == 0 && v.signum() != 0) {
      throw bad(where, range, e, "it underflows to 0 as a 32-bit float");
    }
    return f;
  }

  /** Fails when a list repeats an item, naming it and both positions. */
  static <T> void distinct(String where, List<T> items) {
    Map<T, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Integer before = first.putIfAbsent(items.get(i), i);
      if (before != null) {
        throw new BadInputException(String.format(Locale.ROOT,
            "%s lists %s twice (items %d and %d); a repeated item would run and count twice",
            where, Excerpt.quoted(String.valueOf(items.get(i))), before, i), "keep each once");
      }
    }
  }

  private static BadInputException bad(String where, String range, JsonElement got, String why) {
    return new BadInputException(where + " must be " + range + ", got "
        + Excerpt.of(String.valueOf(got)) + " (" + why + ")", FIX);
  }

  private static String grouped(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  private static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? grouped((long) v)
        : String.format(Locale.ROOT, "%.3g", v);
  }
}
