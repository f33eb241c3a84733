package bibench.operators.impl;

import bibench.BadInputException;

/** Reading the numeric options of an operator id such as {@code pbllm:p=0.2}. */
final class Options {
  private Options() {}

  /**
   * {@code value} as a number in (0, max] (or [0, max] when {@code max} is 1 and zero is allowed by
   * the caller's range check).
   *
   * @throws BadInputException naming the operator, the option and the range
   */
  static double positive(String operator, String key, String value, double max) {
    return number(operator, key, value, Double.MIN_VALUE, max);
  }

  /** {@code value} as a number in [min, max]. */
  static double number(String operator, String key, String value, double min, double max) {
    double parsed;
    try {
      parsed = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      parsed = Double.NaN;
    }
    if (!(parsed >= min && parsed <= max) || Double.isInfinite(parsed)) {
      throw new BadInputException("operator " + operator + ": option " + key + "=" + value + " is not a number in "
          + (min == Double.MIN_VALUE ? "(0" : "[" + min) + ", " + (max == Double.MAX_VALUE ? "inf)" : max + "]"),
          "give e.g. " + operator + ":" + key + "=" + (max <= 1 ? "0.2" : "20"));
    }
    return parsed;
  }
}
