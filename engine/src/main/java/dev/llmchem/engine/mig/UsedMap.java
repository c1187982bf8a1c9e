package dev.llmchem.engine.mig;

import java.util.Arrays;

/**
 * The embedding of the used models U into S and the mask conversions between the two index
 * spaces: an S mask (bit {@code i} = {@code S[i]}) and a U mask (bit {@code j} = the
 * {@code j}-th used model, in whatever order the caller's cost table uses).
 *
 * <p>{@link #compress} maps {@code X} to the U mask of {@code X ∩ U} with eight 256-entry
 * byte tables (eight loads, no loop over members), so any order of {@code uToS} is allowed.
 * Immutable and thread-safe; the 8 KiB of tables are built on the first {@link #compress}
 * (the dense CHEME of a small task never compresses, and a history of 10^5 tasks builds one
 * map per task), lookups allocate nothing.
 */
public final class UsedMap {
  private final int s;
  private final int[] uToS;
  private final long usedMask;
  private volatile int[] compressTable;

  /**
   * @param s    |S|, 0..64
   * @param uToS S index of each used model (distinct, each in [0, s)); |U| = length &lt;= 30
   * @throws IllegalArgumentException on out-of-range or repeated indices
   */
  public UsedMap(int s, int[] uToS) {
    if (s < 0 || s > 64) {
      throw new IllegalArgumentException("|S| must be in 0..64, got " + s);
    }
    if (uToS.length > 30) {
      throw new IllegalArgumentException("|U| must be <= 30, got " + uToS.length);
    }
    long m = 0;
    for (int j = 0; j < uToS.length; j++) {
      int i = uToS[j];
      if (i < 0 || i >= s || (m & (1L << i)) != 0) {
        throw new IllegalArgumentException("uToS[" + j + "] = " + i + " is out of [0, " + s
            + ") or repeated");
      }
      m |= 1L << i;
    }
    this.s = s;
    this.uToS = uToS.clone();
    this.usedMask = m;
  }

  /** The byte tables of {@link #compress}; a racing first call builds an equal copy. */
  private int[] table() {
    int[] t = compressTable;
    if (t == null) {
      t = new int[8 * 256];
      for (int j = 0; j < uToS.length; j++) {
        int i = uToS[j];
        int byteIdx = i >>> 3;
        int bit = 1 << (i & 7);
        for (int v = 0; v < 256; v++) {
          if ((v & bit) != 0) {
            t[byteIdx * 256 + v] |= 1 << j;
          }
        }
      }
      compressTable = t;
    }
    return t;
  }

  /** The identity embedding: every one of the {@code s} models is used, in S order. */
  public static UsedMap allUsed(int s) {
    int[] id = new int[s];
    Arrays.setAll(id, i -> i);
    return new UsedMap(s, id);
  }

  /** |S|. */
  public int s() {
    return s;
  }

  /** |U|. */
  public int u() {
    return uToS.length;
  }

  /** S index of the {@code j}-th used model. */
  public int sIndex(int j) {
    return uToS[j];
  }

  /** A copy of the U-to-S index array. */
  public int[] uToS() {
    return uToS.clone();
  }

  /** The S mask of U. */
  public long usedMask() {
    return usedMask;
  }

  /** The U mask of {@code x ∩ U} for an S mask {@code x}. */
  public int compress(long x) {
    int[] t = table();
    int r = 0;
    for (int b = 0; b < 8; b++) {
      r |= t[(b << 8) | (int) ((x >>> (b << 3)) & 0xFF)];
    }
    return r;
  }

  /** The S mask of a U mask {@code y}. */
  public long expand(int y) {
    long r = 0;
    for (int t = y; t != 0; t &= t - 1) {
      r |= 1L << uToS[Integer.numberOfTrailingZeros(t)];
    }
    return r;
  }
}
