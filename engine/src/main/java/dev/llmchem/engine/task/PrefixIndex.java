package dev.llmchem.engine.task;

import java.util.Arrays;

/**
 * Inverted lists over the <em>prefixes</em> of the prototypes found so far (all-pairs
 * similarity search with prefix filtering, Bayardo et al. 2007, for cosine). Tokens are put in
 * one global order, rarest first (df ascending, then id). For a vector x and a position p in
 * that order let suf_x(p) be the L2 norm of x's entries from p on. Every shared token adds a
 * non-negative product (both entries carry the same IDF sign), so if k is the first token x
 * and y share, cos(x, y) &lt;= suf_x(k) * suf_y(k). The prefix of x is the run of its tokens
 * with suf_x(p) * N * F &gt;= t (N the largest stored norm, F the float slack below): a pair
 * with cosine &gt;= t has its first shared token in both prefixes, so a prototype indexed by
 * its prefix is found by probing the query's prefix, and each posting's stored suffix norm
 * prunes it with the bound above (positional filter).
 *
 * <p>Float slack: the scan's cosine is a float sum of float products of at most L = longest
 * row non-negative terms, at most (1 + 2^-24)^(L+1) times the real dot product of the stored
 * vectors, so every bound is multiplied by F = 1 + (L + 4) * 2^-22 before the comparison with
 * t; suffix norms are summed in double. Nothing that the scan would merge is filtered out; the
 * survivors get the scan's exact float cosine.
 *
 * <p>Threads: a {@link Query} per thread holds a loaded row; any number of queries may probe
 * the index at once while nothing is added, and {@link #add} (one thread) appends prototypes
 * in ascending order, so the prototypes added since some id are the tails of the lists.
 */
final class PrefixIndex {
  private final TfIdfVectors v;
  private final double slack;
  private final double threshold;
  // per token, the prototypes indexed under it in ascending order, each with its suffix norm
  // (id in the high 32 bits, the float's bits in the low: one array, one cache miss per list)
  private final long[][] postings;
  private final int[] lengths;

  PrefixIndex(TfIdfVectors v, double threshold) {
    this.v = v;
    this.threshold = threshold;
    this.slack = TfIdf.slack(v.maxLength, v.maxNorm);
    this.postings = new long[v.df.length][];
    this.lengths = new int[v.df.length];
  }

  /** The factor every bound is multiplied by before it is compared with the threshold. */
  double slack() {
    return slack;
  }

  /** Indexes the row loaded in {@code q} as a prototype under its prefix tokens. */
  void add(Query q) {
    for (int p = 0; p < q.prefix; p++) {
      int t = q.tok[p];
      long[] list = postings[t];
      int n = lengths[t];
      if (list == null) {
        postings[t] = list = new long[4];
      } else if (n == list.length) {
        postings[t] = list = Arrays.copyOf(list, n * 2);
      }
      float bound = Math.nextUp((float) q.suf[p]); // rounded up: stays an upper bound
      list[n] = (long) q.row << 32 | (Float.floatToRawIntBits(bound) & 0xFFFF_FFFFL);
      lengths[t] = n + 1;
    }
  }

  /** A row loaded as a query: one per thread. */
  final class Query {
    // the row's entries in the global order, and their suffix norms
    private int[] tok = new int[64];
    private double[] suf = new double[64];
    private long[] keys = new long[64];
    private final Visited visited = new Visited();
    private int[] found = new int[64];
    /** What the prefetching loop read: kept so the compiler cannot drop the reads. */
    private long touched;
    private int row = -1;
    private int prefix;

    /**
     * Loads row d: its non-zero entries in the global order, their suffix norms, and the
     * length of its prefix. Returns the prefix length (0: nothing can reach t).
     */
    int load(int d) {
      int from = v.start[d];
      int to = v.start[d + 1];
      if (to - from > tok.length) {
        tok = new int[Integer.highestOneBit(to - from) * 2];
        suf = new double[tok.length];
        keys = new long[tok.length];
      }
      // the global order is (df, token id); within a row entries ascend by token id, so the
      // entry's offset breaks ties the same way and keeps its value at hand
      int n = 0;
      for (int k = from; k < to; k++) {
        if (v.val(k) != 0f) {
          keys[n++] = (long) v.df[v.col(k)] << 32 | (k - from);
        }
      }
      Arrays.sort(keys, 0, n);
      double sq = 0;
      for (int i = n - 1; i >= 0; i--) {
        int k = from + (int) keys[i];
        tok[i] = v.col(k);
        float x = v.val(k);
        sq += (double) x * x;
        suf[i] = Math.sqrt(sq);
      }
      int p = 0;
      while (p < n && suf[p] * slack >= threshold) {
        p++;
      }
      row = d;
      prefix = p;
      return p;
    }

    /** The loaded row. */
    int row() {
      return row;
    }

    /**
     * Collects every indexed prototype with id &gt;= {@code from} that may reach the threshold
     * with the loaded row: once per prototype, at its first shared token, if the positional
     * bound passes; returns how many ({@link #found()} holds them). Lists are read from their
     * tail down to {@code from} (the prototypes added since {@code from} are the tails).
     * Visited prototypes are remembered in a small per-query hash set ({@link Visited}), which
     * stays in L1 where an array over all strings would miss the cache on every posting.
     */
    int candidates(int from) {
      visited.clear();
      long touched = 0;
      for (int p = 0; p < prefix; p++) { // loads only: every list's tail fetched at once
        int length = lengths[tok[p]];
        touched ^= length == 0 ? 0 : postings[tok[p]][length - 1];
      }
      this.touched = touched;
      int n = 0;
      for (int p = 0; p < prefix; p++) {
        long[] list = postings[tok[p]];
        if (list == null) {
          continue;
        }
        double xs = suf[p] * slack;
        for (int i = lengths[tok[p]] - 1; i >= 0; i--) {
          long x = list[i];
          int j = (int) (x >>> 32);
          if (j < from) {
            break;
          }
          // the bound first: it only shrinks at later tokens (both suffix norms do), so a
          // prototype it fails here fails at every later shared token too and needs no mark
          if (xs * Float.intBitsToFloat((int) x) >= threshold && visited.add(j)) {
            if (n == found.length) {
              found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = j;
          }
        }
      }
      return n;
    }

    /** The candidates of the last {@link #candidates} call, in its first entries. */
    int[] found() {
      return found;
    }
  }

  /** A set of ints cleared per query in O(1): open addressing with generation stamps. */
  private static final class Visited {
    private int[] keys = new int[256];
    private int[] gens = new int[256];
    private int gen = 1;
    private int size;

    void clear() {
      size = 0;
      if (++gen == 0) { // wrapped: forget every stamp
        java.util.Arrays.fill(gens, 0);
        gen = 1;
      }
    }

    /** Adds {@code j}; false when it was already there. */
    boolean add(int j) {
      if (2 * size >= keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      for (int p = (j * 0x9E3779B9) >>> 16 & mask; ; p = (p + 1) & mask) { // j * golden ratio
        if (gens[p] != gen) {
          gens[p] = gen;
          keys[p] = j;
          size++;
          return true;
        }
        if (keys[p] == j) {
          return false;
        }
      }
    }

    private void grow() {
      int[] oldKeys = keys;
      int[] oldGens = gens;
      keys = new int[oldKeys.length * 2];
      gens = new int[oldKeys.length * 2];
      int live = gen;
      gen = 1;
      size = 0;
      for (int p = 0; p < oldKeys.length; p++) {
        if (oldGens[p] == live) {
          add(oldKeys[p]);
        }
      }
    }
  }
}
