package dev.llmchem.engine.io;

import java.util.Locale;

/**
 * Number syntax of the history's numeric cells. Ordinary decimals ({@code 5}, {@code -0.25},
 * {@code .5}, {@code 5.}, {@code +1e-3}, surrounding whitespace ignored) are parsed by
 * {@link Double#parseDouble}, so they are correctly rounded. The names {@code nan},
 * {@code inf}, {@code infinity} (any case, optional sign) read as NaN and infinities, as
 * pandas reads them, so the validator can name the problem. Everything else that Java would
 * accept is refused: hex floats ({@code 0x1p-1}) and type suffixes ({@code 5f}, {@code 5d})
 * are not numbers in a CSV file. Allocation-free on the decimal path. Stateless.
 */
final class Numbers {
  private Numbers() { }

  /**
   * Parses {@code s}.
   *
   * @throws NumberFormatException when {@code s} is neither a decimal nor a NaN/infinity name
   */
  static double parse(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && s.charAt(from) <= ' ') {
      from++;
    }
    while (to > from && s.charAt(to - 1) <= ' ') {
      to--;
    }
    if (isDecimal(s, from, to)) {
      return Double.parseDouble(s.substring(from, to));
    }
    return special(s.substring(from, to));
  }

  /** {@code [+-]? (d+ (. d*)? | . d+) ([eE] [+-]? d+)?} over {@code s[from, to)}. */
  static boolean isDecimal(String s, int from, int to) {
    int i = from;
    if (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    while (i < to && isDigit(s.charAt(i))) {
      i++;
      digits++;
    }
    if (i < to && s.charAt(i) == '.') {
      i++;
      while (i < to && isDigit(s.charAt(i))) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < to && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int exp = 0;
      while (i < to && isDigit(s.charAt(i))) {
        i++;
        exp++;
      }
      if (exp == 0) {
        return false;
      }
    }
    return i == to;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static double special(String t) {
    String u = t.toLowerCase(Locale.ROOT);
    boolean negative = u.startsWith("-");
    if (negative || u.startsWith("+")) {
      u = u.substring(1);
    }
    switch (u) {
      case "nan":
        return Double.NaN;
      case "inf":
      case "infinity":
        return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      default:
        throw new NumberFormatException("not a decimal number: " + t);
    }
  }
}
