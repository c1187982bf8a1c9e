package dev.llmchem.engine.cheme;

import java.util.Arrays;

/**
 * The result of CHEME over S indices: a dense symmetric matrix of chemistry values in [0, 1]
 * and a bitmap of the pairs that were evaluated ("have an entry", SPEC section 6). The
 * diagonal never has an entry; {@link #chem} is 0 for a pair without entry.
 *
 * <p>Also answers the LLMCP questions: the pairs above a threshold and the stable partition
 * (connected components of the graph of those pairs).
 *
 * <p>Immutable and thread-safe. Memory: 8 s^2 + 8 s bytes. Accessors allocate nothing;
 * the LLMCP helpers allocate their result.
 */
public final class ChemMatrix {
  private final int s;
  private final double[] values;
  private final long[] entries;
  private final int entryCount;

  /** Takes ownership of the arrays (package-private: kernels build them). */
  ChemMatrix(int s, double[] values, long[] entries) {
    this.s = s;
    this.values = values;
    this.entries = entries;
    int c = 0;
    for (long row : entries) {
      c += Long.bitCount(row);
    }
    this.entryCount = c / 2;
  }

  /**
   * A validated copy: {@code values} is s*s row-major, {@code entryRows[a]} has bit b set iff
   * pair (a, b) has an entry. Both must be symmetric; values outside entries must be 0.
   */
  public static ChemMatrix of(int s, double[] values, long[] entryRows) {
    if (s < 0 || s > 64 || values.length != s * s || entryRows.length != s) {
      throw new IllegalArgumentException("bad shape for |S| = " + s);
    }
    for (int a = 0; a < s; a++) {
      for (int b = 0; b < s; b++) {
        boolean e = (entryRows[a] >>> b & 1) != 0;
        double v = values[a * s + b];
        if (e != ((entryRows[b] >>> a & 1) != 0) || v != values[b * s + a]
            || (a == b && e) || (!e && v != 0) || !(v >= 0 && v <= 1)) {
          throw new IllegalArgumentException("not a symmetric chemistry matrix at ("
              + a + ", " + b + ")");
        }
      }
    }
    return new ChemMatrix(s, values.clone(), entryRows.clone());
  }

  /** |S|. */
  public int size() {
    return s;
  }

  /** Number of unordered pairs with an entry (the reference stores twice as many). */
  public int entryCount() {
    return entryCount;
  }

  /** Whether pair (a, b) was evaluated at least once. */
  public boolean hasEntry(int a, int b) {
    return (entries[a] >>> b & 1) != 0;
  }

  /** chem(a, b) in [0, 1]; 0 when the pair has no entry. */
  public double chem(int a, int b) {
    return values[a * s + b];
  }

  /** Bitmap of the partners of {@code a} that have an entry with it. */
  public long entryRow(int a) {
    return entries[a];
  }

  /** A copy of the s*s row-major value matrix. */
  public double[] toArray() {
    return values.clone();
  }

  /**
   * The pairs with an entry and chem >= tau ({@code strict}: chem > tau), a < b, sorted by
   * (a, b), flattened as {a0, b0, a1, b1, ...}.
   */
  public int[] pairs(double tau, boolean strict) {
    int[] out = new int[2 * entryCount];
    int n = 0;
    for (int a = 0; a < s; a++) {
      for (long t = entries[a] & (-2L << a); t != 0; t &= t - 1) {
        int b = Long.numberOfTrailingZeros(t);
        double v = values[a * s + b];
        if (strict ? v > tau : v >= tau) {
          out[n++] = a;
          out[n++] = b;
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * The stable partition for threshold tau: connected components of the graph on S whose edges
   * are {@link #pairs}(tau, strict). Components are S masks ordered by their lowest member;
   * every model is in exactly one (isolated models are singletons).
   */
  public long[] stablePartition(double tau, boolean strict) {
    long[] adj = new long[s];
    int[] p = pairs(tau, strict);
    for (int i = 0; i < p.length; i += 2) {
      adj[p[i]] |= 1L << p[i + 1];
      adj[p[i + 1]] |= 1L << p[i];
    }
    long[] out = new long[s];
    int n = 0;
    long seen = 0;
    for (int a = 0; a < s; a++) {
      if ((seen >>> a & 1) != 0) {
        continue;
      }
      long comp = 1L << a;
      long frontier = comp;
      while (frontier != 0) {
        int v = Long.numberOfTrailingZeros(frontier);
        frontier &= frontier - 1;
        long fresh = adj[v] & ~comp;
        comp |= fresh;
        frontier |= fresh;
      }
      seen |= comp;
      out[n++] = comp;
    }
    return Arrays.copyOf(out, n);
  }

  /** Largest |chem difference| over all pairs (entries must be equal for this to mean much). */
  public double maxAbsDiff(ChemMatrix o) {
    double m = 0;
    for (int i = 0; i < values.length; i++) {
      m = Math.max(m, Math.abs(values[i] - o.values[i]));
    }
    return m;
  }

  /** Whether both matrices have exactly the same entry bitmap. */
  public boolean sameEntries(ChemMatrix o) {
    return s == o.s && Arrays.equals(entries, o.entries);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChemMatrix m && s == m.s && Arrays.equals(entries, m.entries)
        && Arrays.equals(values, m.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(entries) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "ChemMatrix[|S|=" + s + ", entries=" + entryCount + "]";
  }
}
