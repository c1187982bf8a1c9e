package dev.llmchem.engine.io;

/**
 * Exact fast path for the usual numeric cell, straight from the bytes: ASCII decimal syntax
 * ({@link Numbers#isDecimal}, surrounding bytes up to space trimmed) whose significant digits
 * form an integer {@code m <= 2^53} and whose decimal exponent {@code q} is within
 * [-22, 22]. Then {@code m} and {@code 10^|q|} are exact doubles and the value is one
 * correctly rounded IEEE multiplication or division (Clinger's fast path), hence bit-identical
 * to {@link Double#parseDouble}. Anything else gives NaN and takes the general path. Stateless.
 */
final class FastDecimal {
  private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
      1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  private static final long MAX_EXACT = 1L << 53;

  private FastDecimal() { }

  /** The value of {@code b[from, to)}, or NaN when it is not such a simple decimal. */
  static double parse(byte[] b, int from, int to) {
    int i = from;
    int end = to;
    while (i < end && (b[i] & 0xff) <= ' ') {
      i++;
    }
    while (end > i && (b[end - 1] & 0xff) <= ' ') {
      end--;
    }
    boolean negative = false;
    if (i < end && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    long m = 0;
    int digits = 0;
    int q = 0;
    for (; i < end && b[i] >= '0' && b[i] <= '9'; i++, digits++) {
      m = 10 * m + (b[i] - '0');
      if (m > MAX_EXACT) {
        return Double.NaN;
      }
    }
    if (i < end && b[i] == '.') {
      for (i++; i < end && b[i] >= '0' && b[i] <= '9'; i++, digits++, q--) {
        m = 10 * m + (b[i] - '0');
        if (m > MAX_EXACT) {
          return Double.NaN;
        }
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    if (i < end && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      boolean down = false;
      if (i < end && (b[i] == '-' || b[i] == '+')) {
        down = b[i] == '-';
        i++;
      }
      int e = 0;
      int expDigits = 0;
      for (; i < end && b[i] >= '0' && b[i] <= '9' && e < 1000; i++, expDigits++) {
        e = 10 * e + (b[i] - '0');
      }
      if (expDigits == 0) {
        return Double.NaN;
      }
      q += down ? -e : e;
    }
    if (i != end || q < -22 || q > 22) {
      return Double.NaN;
    }
    double v = q < 0 ? m / POW10[-q] : m * POW10[q];
    return negative ? -v : v;
  }
}
