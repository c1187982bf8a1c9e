package dev.llmchem.engine.io;

import java.nio.charset.StandardCharsets;

/**
 * Decodes short UTF-8 cells through a direct-mapped cache keyed by (column, bytes), so a
 * value seen before (a model, trial, task, item or strategy name) comes back as the same
 * String without decoding or allocating, and interns in O(1) later (its hash is cached). The
 * column's previous entry is tried before hashing (values often repeat row after row).
 * A colliding value replaces the entry; a longer cell (a prompt) is compared with the column's
 * previous long cell only (a prompt answered by several models repeats row after row), else
 * decoded. Not thread-safe.
 */
final class TextCache {
  /** Cells longer than this are not cached (free text). */
  static final int MAX_CACHED = 64;
  private static final int BITS = 10;
  private final byte[][] keys = new byte[1 << BITS][];
  private final String[] values = new String[1 << BITS];
  /** Per column, the entry of its last cell: checked first (values repeat row after row). */
  private final int[] lastIndex = new int[Columns.SLOTS];
  /** Per column, its last cell longer than {@link #MAX_CACHED} (a prompt repeated row after row). */
  private final byte[][] longKeys = new byte[Columns.SLOTS][];
  private final String[] longValues = new String[Columns.SLOTS];

  /** The String of {@code b[from, to)} in column {@code slot}. */
  String decode(int slot, byte[] b, int from, int to) {
    int n = to - from;
    if (n > MAX_CACHED) { // free text: only the column's previous cell is remembered
      byte[] k = longKeys[slot];
      if (k != null && k.length == n && same(k, b, from)) {
        return longValues[slot];
      }
      String s = new String(b, from, n, StandardCharsets.UTF_8);
      longKeys[slot] = java.util.Arrays.copyOfRange(b, from, to);
      longValues[slot] = s;
      return s;
    }
    int last = lastIndex[slot];
    byte[] k = keys[last];
    if (k != null && k.length == n && same(k, b, from)) {
      return values[last];
    }
    int i = index(slot, b, from, n);
    lastIndex[slot] = i;
    k = keys[i];
    if (k != null && k.length == n && same(k, b, from)) {
      return values[i];
    }
    String s = new String(b, from, n, StandardCharsets.UTF_8);
    byte[] key = new byte[n];
    System.arraycopy(b, from, key, 0, n);
    keys[i] = key;
    values[i] = s;
    return s;
  }

  /** Table index from the column, the length and the first and last eight bytes. */
  private static int index(int slot, byte[] b, int from, int n) {
    long h = n * 0x9E3779B97F4A7C15L + slot;
    if (n >= 8) {
      h ^= ((long) ByteScan.LONG.get(b, from)) * 0xC2B2AE3D27D4EB4FL;
      h ^= ((long) ByteScan.LONG.get(b, from + n - 8)) * 0x165667B19E3779F9L;
    } else {
      for (int i = 0; i < n; i++) {
        h = (h ^ b[from + i]) * 0x100000001B3L;
      }
    }
    h ^= h >>> 32;
    h *= 0xD6E8FEB86659FD93L;
    return (int) (h >>> (64 - BITS));
  }

  /** k equals b[from, from + k.length): eight bytes per step, the last word overlapping. */
  private static boolean same(byte[] k, byte[] b, int from) {
    int n = k.length;
    if (n < 8) {
      for (int i = 0; i < n; i++) {
        if (k[i] != b[from + i]) {
          return false;
        }
      }
      return true;
    }
    for (int i = 0; i < n - 8; i += 8) {
      if ((long) ByteScan.LONG.get(k, i) != (long) ByteScan.LONG.get(b, from + i)) {
        return false;
      }
    }
    return (long) ByteScan.LONG.get(k, n - 8) == (long) ByteScan.LONG.get(b, from + n - 8);
  }
}
