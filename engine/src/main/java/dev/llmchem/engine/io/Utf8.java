package dev.llmchem.engine.io;

/**
 * UTF-8 well-formedness (Unicode table 3-7, as the JDK decoder judges it: no overlong forms,
 * no surrogates, nothing above U+10FFFF, no truncated sequence at the end of input). ASCII
 * runs are skipped eight bytes at a time. Its twin in the tests is the JDK's reporting
 * decoder. Stateless.
 */
final class Utf8 {
  private static final long HIGHS = 0x8080808080808080L;

  private Utf8() { }

  /**
   * Checks {@code b[from, to)}. Returns {@code to} when it is all well-formed; when it ends
   * inside a sequence that is well-formed so far and {@code eof} is false, the start of that
   * sequence (the caller checks it again with more bytes); otherwise {@code -1 - i} for the
   * start {@code i} of the first ill-formed sequence.
   */
  static int check(byte[] b, int from, int to, boolean eof) {
    int i = from;
    while (i < to) {
      while (i <= to - 8 && ((long) ByteScan.LONG.get(b, i) & HIGHS) == 0) {
        i += 8;
      }
      if (i == to) {
        break;
      }
      int c = b[i] & 0xff;
      if (c < 0x80) {
        i++;
        continue;
      }
      int more;
      int lo = 0x80;
      int hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        more = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        more = 2;
        lo = c == 0xE0 ? 0xA0 : 0x80;
        hi = c == 0xED ? 0x9F : 0xBF;
      } else if (c >= 0xF0 && c <= 0xF4) {
        more = 3;
        lo = c == 0xF0 ? 0x90 : 0x80;
        hi = c == 0xF4 ? 0x8F : 0xBF;
      } else {
        return -1 - i;
      }
      for (int k = 1; k <= more; k++) {
        if (i + k == to) {
          return eof ? -1 - i : i;
        }
        int d = b[i + k] & 0xff;
        if (k == 1 ? d < lo || d > hi : d < 0x80 || d > 0xBF) {
          return -1 - i;
        }
      }
      i += more + 1;
    }
    return to;
  }
}
