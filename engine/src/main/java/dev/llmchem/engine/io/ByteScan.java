package dev.llmchem.engine.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Word-at-a-time (SWAR) byte searches of the CSV scanner: eight bytes per step, read as one
 * little-endian long, so byte {@code i} of a word is bits {@code 8i..8i+7} and the lowest
 * flagged byte is the first match. Each kernel has a byte-loop twin in the tests. Stateless.
 */
final class ByteScan {
  /** Unaligned little-endian long view of a byte array. */
  static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class,
      ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;
  private static final long QUOTES = '"' * ONES;
  private static final long COMMAS = ',' * ONES;
  private static final long CRS = '\r' * ONES;
  private static final long LFS = '\n' * ONES;

  private ByteScan() { }

  /**
   * Index of the first {@code '"'} in {@code b[from, to)} ({@code to} when there is none),
   * and the line breaks before it: each CR, and each LF not right after a CR (CRLF is one
   * break; {@code afterCr}: the byte before {@code from} is a CR). Returns
   * {@code breaks << 32 | index}. Words without a CR (the usual case) only count their LFs.
   */
  static long quote(byte[] b, int from, int to, boolean afterCr) {
    long n = 0;
    long carry = afterCr ? 0x80 : 0;
    int i = from;
    for (; i <= to - 8; i += 8) {
      long w = (long) LONG.get(b, i);
      long x = w ^ QUOTES;
      long q = (x - ONES) & ~x & HIGHS;
      long lf = zeroBytes(w ^ LFS);
      long y = w ^ CRS;
      long cr = ((y - ONES) & ~y & HIGHS | carry) == 0 ? 0 : zeroBytes(y);
      if (q != 0) {
        long before = (q & -q) - 1;
        lf &= before;
        cr &= before;
        n += Long.bitCount(cr) + Long.bitCount(lf & ~(cr << 8 | carry));
        return n << 32 | (i + (Long.numberOfTrailingZeros(q) >>> 3));
      }
      n += Long.bitCount(cr) + Long.bitCount(lf & ~(cr << 8 | carry));
      carry = cr >>> 56;
    }
    boolean prevCr = carry != 0;
    for (; i < to; i++) {
      byte c = b[i];
      if (c == '"') {
        return n << 32 | i;
      }
      if (c == '\r' || c == '\n' && !prevCr) {
        n++;
      }
      prevCr = c == '\r';
    }
    return n << 32 | to;
  }

  /** Index of the first comma, CR or LF in {@code b[from, to)}, or -1. */
  static int indexOfDelimiter(byte[] b, int from, int to) {
    int i = from;
    for (; i <= to - 8; i += 8) {
      long w = (long) LONG.get(b, i);
      long c = w ^ COMMAS;
      long r = w ^ CRS;
      long n = w ^ LFS;
      long hit = ((c - ONES) & ~c | (r - ONES) & ~r | (n - ONES) & ~n) & HIGHS;
      if (hit != 0) {
        return i + (Long.numberOfTrailingZeros(hit) >>> 3);
      }
    }
    for (; i < to; i++) {
      byte c = b[i];
      if (c == ',' || c == '\r' || c == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** 0x80 in exactly the bytes of {@code x} that are zero (no false positives). */
  private static long zeroBytes(long x) {
    return ~((x & LOWS) + LOWS | x | LOWS);
  }
}
