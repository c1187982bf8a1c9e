package dev.llmchem.engine.io;

import java.util.Locale;

/**
 * Number syntax of the history's numeric cells (the reader trims surrounding whitespace
 * first). Ordinary decimals ({@code 5}, {@code -0.25}, {@code .5}, {@code 5.}, {@code +1e-3})
 * are accepted and parsed correctly rounded (FastDoubleParser, bit-identical to
 * {@link Double#parseDouble}). The names {@code nan}, {@code inf}, {@code infinity} (any case,
 * optional sign) read as NaN and infinities, as pandas reads them, so the validator can name
 * the problem. Everything else Java would accept is refused: hex floats ({@code 0x1p-1}) and
 * type suffixes ({@code 5f}, {@code 5d}) are not numbers in a CSV file. Stateless;
 * {@link #isDecimal} allocates nothing.
 */
final class Numbers {
  private Numbers() { }

  /** {@code [+-]? (d+ (. d*)? | . d+) ([eE] [+-]? d+)?} over {@code s[from, to)}. */
  static boolean isDecimal(char[] s, int from, int to) {
    int i = from;
    if (i < to && (s[i] == '+' || s[i] == '-')) {
      i++;
    }
    int digits = 0;
    while (i < to && isDigit(s[i])) {
      i++;
      digits++;
    }
    if (i < to && s[i] == '.') {
      i++;
      while (i < to && isDigit(s[i])) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < to && (s[i] == 'e' || s[i] == 'E')) {
      i++;
      if (i < to && (s[i] == '+' || s[i] == '-')) {
        i++;
      }
      int exp = 0;
      while (i < to && isDigit(s[i])) {
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

  /**
   * NaN or an infinity for the names above (slow path, after {@link #isDecimal} said no).
   *
   * @throws NumberFormatException when {@code t} is no such name
   */
  static double special(String t) {
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
