package dev.llmchem.engine.cheme;

import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.control.LimitException.Alternative;
import java.util.Arrays;

/**
 * The result of CHEME over S indices: a dense symmetric matrix of chemistry values in [0, 1]
 * and a bitmap of the pairs that were evaluated ("have an entry", SPEC section 6). The
 * diagonal never has an entry; {@link #chem} is 0 for a pair without entry.
 *
 * <p>Also answers the LLMCP questions: the pairs above a threshold and the stable partition
 * (connected components of the graph of those pairs).
 *
 * <p>Any |S|: the entry bitmap has {@code ceil(s/64)} long words per row (one word for
 * |S| &lt;= 64, exactly the old layout). The mask-returning methods {@link #entryRow} and
 * {@link #stablePartition} need |S| &lt;= 64; {@link #entryWords} and {@link #components} work
 * for any size.
 *
 * <p>Immutable and thread-safe. Memory: 8 s^2 + 8 s ceil(s/64) bytes. Accessors allocate
 * nothing; the LLMCP helpers allocate their result.
 */
public final class ChemMatrix {
  private final int s;
  private final double[] values;
  private final long[] entries;
  private final int words;
  private final int entryCount;
  private final String loops;

  /**
   * Takes ownership of the arrays (package-private: kernels build them); {@code entries} has
   * {@link #words}(s) longs per row, row-major.
   */
  ChemMatrix(int s, double[] values, long[] entries) {
    this(s, values, entries, null);
  }

  /** As above, naming the pair loops that computed it ({@link #loops()}). */
  ChemMatrix(int s, double[] values, long[] entries, String loops) {
    this.loops = loops;
    this.s = s;
    this.words = words(s);
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

  /**
   * The pair loops of the dense kernel that computed this matrix ("scalar", or "vector-N" for
   * the Vector API loops with N double lanes), as chosen by that run; null when another method
   * or a caller built it. Reported by the run itself: the automatic choice of a later run may
   * differ (the vector loops become the choice once compiled).
   */
  public String loops() {
    return loops;
  }

  /** Largest |S| whose s x s matrix fits one Java array (s^2 &lt;= 2^31 - 9). */
  public static final int MAX_S = 46_340;

  /** Heap bytes of the matrix over {@code s} models. */
  public static long bytes(int s) {
    return 8L * s * s + 8L * s * words(s);
  }

  /**
   * Refuses an |S| whose matrix cannot be an array or does not fit the free heap, naming the
   * size and the way out.
   */
  public static void requireFits(int s) {
    if (s > MAX_S) {
      throw LimitException.size("the |S| x |S| chemistry matrix", (long) s * s,
          (long) MAX_S * MAX_S, "|S| = " + s + " models: the chemistry matrix would have "
          + (long) s * s + " cells, beyond a Java array (|S| <= " + MAX_S + ")",
          Alternative.FEWER_MODELS);
    }
    LimitException.requireHeap(bytes(s), "|S| = " + s + " models: the |S| x |S| chemistry"
        + " matrix", Alternative.FEWER_MODELS);
  }

  /** Long words per entry row for |S| = s: ceil(s/64). */
  static int words(int s) {
    return (s + 63) >>> 6;
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
    return (entries[a * words + (b >>> 6)] >>> b & 1) != 0;
  }

  /** chem(a, b) in [0, 1]; 0 when the pair has no entry. */
  public double chem(int a, int b) {
    return values[a * s + b];
  }

  /** Bitmap of the partners of {@code a} that have an entry with it (|S| &lt;= 64). */
  public long entryRow(int a) {
    requireMaskWidth("entryRow");
    return entries[a];
  }

  /** The partners of {@code a} with an entry, as ceil(|S|/64) words (bit b of word b/64). */
  public long[] entryWords(int a) {
    return Arrays.copyOfRange(entries, a * words, a * words + words);
  }

  private void requireMaskWidth(String what) {
    if (s > 64) {
      throw new IllegalStateException(what + " returns 64-bit masks; |S| = " + s
          + " (use entryWords / components)");
    }
  }

  /** A copy of the s*s row-major value matrix. */
  public double[] toArray() {
    return values.clone();
  }

  /**
   * The pairs with an entry and chem &gt;= tau ({@code strict}: chem &gt; tau), a &lt; b, sorted by
   * (a, b), flattened as {a0, b0, a1, b1, ...}.
   */
  public int[] pairs(double tau, boolean strict) {
    long count = pairCount(tau, strict);
    if (2 * count > Integer.MAX_VALUE - 8) {
      throw LimitException.size("the list of pairs", count, (Integer.MAX_VALUE - 8) / 2,
          count + " pairs of |S| = " + s + " models are too many to list (at most "
          + (Integer.MAX_VALUE - 8) / 2 + ")", Alternative.HIGHER_TAU);
    }
    int[] out = new int[(int) (2 * count)];
    int[] n = {0};
    visit(tau, strict, (a, b) -> {
      out[n[0]++] = a;
      out[n[0]++] = b;
    });
    return out;
  }

  /** How many pairs {@link #pairs} returns, counted without allocating. */
  public long pairCount(double tau, boolean strict) {
    long[] n = {0};
    visit(tau, strict, (a, b) -> n[0]++);
    return n[0];
  }

  /** Receives the pairs of {@link #visit}. */
  public interface PairVisitor {
    /** Pair a &lt; b (S indices). */
    void pair(int a, int b);
  }

  /**
   * Visits the pairs a &lt; b with an entry and chem &gt;= tau (strict: &gt;), in (a, b) order,
   * allocating nothing (for |S| in the thousands, where {@link #pairs} would be large).
   */
  public void visit(double tau, boolean strict, PairVisitor visitor) {
    for (int a = 0; a < s; a++) {
      for (int wd = a >>> 6; wd < words; wd++) {
        long t = entries[a * words + wd];
        if (wd == a >>> 6) {
          t &= -2L << a;
        }
        for (; t != 0; t &= t - 1) {
          int b = (wd << 6) + Long.numberOfTrailingZeros(t);
          double v = values[a * s + b];
          if (strict ? v > tau : v >= tau) {
            visitor.pair(a, b);
          }
        }
      }
    }
  }

  /**
   * The stable partition for threshold tau: connected components of the graph on S whose edges
   * are {@link #pairs}(tau, strict). Components are S masks ordered by their lowest member;
   * every model is in exactly one (isolated models are singletons). Needs |S| &lt;= 64.
   */
  public long[] stablePartition(double tau, boolean strict) {
    requireMaskWidth("stablePartition");
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

  /**
   * The stable partition for any |S| as a component label per model: label[i] = index of the
   * component of model i, components numbered in the order of their lowest member (the order
   * of {@link #stablePartition}).
   */
  public int[] components(double tau, boolean strict) {
    int[] parent = new int[s];
    for (int i = 0; i < s; i++) {
      parent[i] = i;
    }
    visit(tau, strict, (a, b) -> {
      int x = root(parent, a);
      int y = root(parent, b);
      parent[Math.max(x, y)] = Math.min(x, y);
    });
    int[] label = new int[s];
    int n = 0;
    for (int i = 0; i < s; i++) {
      int r = root(parent, i);
      label[i] = r == i ? n++ : label[r];
    }
    return label;
  }

  private static int root(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
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
