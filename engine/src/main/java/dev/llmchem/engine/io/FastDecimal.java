package dev.llmchem.engine.io;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * Numeric cells straight from the bytes, when they are ASCII decimals ({@link Numbers}'
 * syntax, surrounding bytes up to space trimmed). Digits are read eight at a time when they
 * come in runs. When the significant digits form an integer {@code m <= 2^53} and the decimal
 * exponent {@code q} is within [-22, 22], {@code m} and {@code 10^|q|} are exact doubles and
 * the value is one correctly rounded IEEE multiplication or division (Clinger's fast path);
 * other decimals go to FastDoubleParser's byte parser. Both are bit-identical to
 * {@link Double#parseDouble}. Anything that is not a decimal (empty, NaN and infinity names,
 * bad text, non-ASCII) gives NaN and takes the general path ({@link Row#number}). Stateless.
 */
final class FastDecimal {
  private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
      1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  private static final long MAX_EXACT = 1L << 53;
  /** Largest m for which m * 10^8 + 99999999 cannot overflow (it may exceed MAX_EXACT). */
  private static final long MAX_BEFORE_EIGHT = MAX_EXACT / 100_000_000L;
  /** Marks a mantissa past MAX_EXACT (stays so: it exceeds every limit above). */
  private static final long OVER = Long.MAX_VALUE;
  private static final long ZEROS = 0x3030303030303030L;
  private static final long NIBBLES = 0xF0F0F0F0F0F0F0F0L;

  private FastDecimal() { }

  /** The value of {@code b[from, to)}, or NaN when it is not a decimal. */
  static double parse(byte[] b, int from, int to) {
    int i = from;
    int end = to;
    while (i < end && (b[i] & 0xff) <= ' ') {
      i++;
    }
    while (end > i && (b[end - 1] & 0xff) <= ' ') {
      end--;
    }
    int first = i;
    boolean negative = false;
    if (i < end && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    long m = 0;
    int start = i;
    for (; i <= end - 8 && eightDigits(b, i); i += 8) {
      m = m <= MAX_BEFORE_EIGHT ? m * 100_000_000L + eightDigitsValue(b, i) : OVER;
    }
    for (; i < end && isDigit(b[i]); i++) {
      m = m <= MAX_EXACT ? 10 * m + (b[i] - '0') : OVER;
    }
    int digits = i - start;
    int q = 0;
    if (i < end && b[i] == '.') {
      int fraction = ++i;
      for (; i <= end - 8 && eightDigits(b, i); i += 8) {
        m = m <= MAX_BEFORE_EIGHT ? m * 100_000_000L + eightDigitsValue(b, i) : OVER;
      }
      for (; i < end && isDigit(b[i]); i++) {
        m = m <= MAX_EXACT ? 10 * m + (b[i] - '0') : OVER;
      }
      q = fraction - i;
      digits += i - fraction;
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
      int expStart = i;
      for (; i < end && isDigit(b[i]); i++) {
        e = e < 100_000 ? 10 * e + (b[i] - '0') : e;
      }
      if (i == expStart) {
        return Double.NaN;
      }
      q += down ? -e : e;
    }
    if (i != end) {
      return Double.NaN;
    }
    if (m > MAX_EXACT || q < -22 || q > 22) {
      return JavaDoubleParser.parseDouble(b, first, end - first);
    }
    double v = q < 0 ? m / POW10[-q] : m * POW10[q];
    return negative ? -v : v;
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  /** Whether the eight bytes at {@code b[i]} are all ASCII digits. */
  private static boolean eightDigits(byte[] b, int i) {
    long w = (long) ByteScan.LONG.get(b, i);
    return (w & NIBBLES) == ZEROS && ((w + 0x0606060606060606L) & NIBBLES) == ZEROS;
  }

  /** The value of the eight digits at {@code b[i]} (the first is the most significant). */
  private static long eightDigitsValue(byte[] b, int i) {
    long v = (long) ByteScan.LONG.get(b, i) - ZEROS;
    v = v * 10 + (v >>> 8);
    return ((v & 0x000000FF000000FFL) * (100 + (1_000_000L << 32))
        + ((v >>> 16) & 0x000000FF000000FFL) * (1 + (10_000L << 32))) >>> 32;
  }
}
