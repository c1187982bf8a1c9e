package dev.llmchem.engine.io;

import java.nio.charset.StandardCharsets;

/**
 * Decodes short UTF-8 cells through a direct-mapped cache keyed by (column, bytes), so a
 * value seen before (a model, trial, task, item or strategy name) comes back as the same
 * String without decoding or allocating, and interns in O(1) later (its hash is cached).
 * A colliding value replaces the entry; longer cells are decoded every time. Not thread-safe.
 */
final class TextCache {
  /** Cells longer than this are not cached (free text). */
  static final int MAX_CACHED = 64;
  private static final int BITS = 10;
  private final byte[][] keys = new byte[1 << BITS][];
  private final String[] values = new String[1 << BITS];

  /** The String of {@code b[from, to)} in column {@code slot}. */
  String decode(int slot, byte[] b, int from, int to) {
    int n = to - from;
    if (n > MAX_CACHED) {
      return new String(b, from, n, StandardCharsets.UTF_8);
    }
    int i = index(slot, b, from, n);
    byte[] k = keys[i];
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

  private static boolean same(byte[] k, byte[] b, int from) {
    for (int i = 0; i < k.length; i++) {
      if (k[i] != b[from + i]) {
        return false;
      }
    }
    return true;
  }
}
