package dev.llmchem.engine.task;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.internal.Workers;
import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Locale;

/**
 * The L2-normalised float32 TF-IDF vectors of N task strings in one compressed sparse row
 * store, computed with exactly the float operations of {@link ScanClustering} (same order of
 * the norm's sum, same casts), so every cosine computed from them is bit-identical.
 *
 * <p>Row d holds entries {@code start[d] .. start[d+1]-1}, columns ascending (the order in
 * which the scan sums a dot product). Tokens are interned without allocating a String per
 * occurrence ({@link TokenTable}); memory is 8 bytes per (string, distinct token) entry plus
 * the vocabulary. Immutable after construction.
 */
final class TfIdfVectors {
  final int docs;
  final int[] start;
  /**
   * Entry k of the store: its column in the high 32 bits, the raw bits of its float value in
   * the low 32 (so sorting a row's entries as longs sorts them by column). One array, not two,
   * because verifying a candidate reads a random row: one stream of cache lines instead of two.
   */
  final long[] ent;
  /** df(t): number of strings containing token t. */
  final int[] df;
  /** The largest number of distinct tokens in one string. */
  final int maxLength;
  /** The largest L2 norm of a stored vector, computed in double (1 up to rounding, 0 if none). */
  final double maxNorm;

  private TfIdfVectors(int docs, int[] start, long[] ent, int[] df, int maxLength,
      double maxNorm) {
    this.docs = docs;
    this.start = start;
    this.ent = ent;
    this.df = df;
    this.maxLength = maxLength;
    this.maxNorm = maxNorm;
  }

  /** Column of entry k. */
  int col(int k) {
    return (int) (ent[k] >>> 32);
  }

  /** Value of entry k. */
  float val(int k) {
    return Float.intBitsToFloat((int) ent[k]);
  }

  /** Entry k's key: column {@code c} and value {@code x}. */
  static long entry(int c, float x) {
    return (long) c << 32 | (Float.floatToRawIntBits(x) & 0xFFFF_FFFFL);
  }

  /** Vectorises {@code tasks}, polling {@code progress.cancelled()} every 4096 strings. */
  static TfIdfVectors of(String[] tasks, ProgressListener progress) {
    return of(tasks, progress, 1);
  }

  /**
   * As above with {@code workers} threads (the same vectors for any count): contiguous ranges
   * of strings are tokenised in parallel, each with its own token table; the tables are then
   * merged in range order, which numbers every token by its first appearance in the whole
   * input exactly as one table would, and the rows are renumbered and scaled in parallel.
   */
  static TfIdfVectors of(String[] tasks, ProgressListener progress, int workers) {
    int n = tasks.length;
    int w = n >= PARALLEL_FROM ? Math.max(1, workers) : 1;
    String what = "clustering " + n + " task strings";
    Rows[] part = new Rows[w];
    TokenTable[] local = new TokenTable[w];
    parallel(w, what, progress, k -> {
      int from = (int) ((long) n * k / w);
      int to = (int) ((long) n * (k + 1) / w);
      part[k] = new Rows(to - from);
      local[k] = new TokenTable();
      for (int d = from; d < to; d++) {
        if ((d & 0xFFF) == 0xFFF && progress.cancelled()) {
          return false;
        }
        part[k].add(d - from, tasks[d].toLowerCase(Locale.ROOT), local[k]);
      }
      return true;
    });
    TokenTable vocab = w == 1 ? local[0] : new TokenTable();
    int[][] ids = new int[w][];
    for (int k = 0; k < w && w > 1; k++) { // range order = first appearance in the whole input
      ids[k] = new int[local[k].size()];
      for (int t = 0; t < ids[k].length; t++) {
        String word = local[k].word(t);
        ids[k][t] = vocab.intern(word, 0, word.length());
      }
    }
    int[] start = new int[n + 1];
    int maxLength = 0;
    for (int k = 0, d0 = 0; k < w; k++) {
      Rows r = part[k];
      int base = start[d0];
      for (int d = 1; d < r.start.length; d++) {
        start[d0 + d] = base + r.start[d];
      }
      d0 += r.start.length - 1;
      maxLength = Math.max(maxLength, r.maxLength);
    }
    int nnz = start[n];
    int[] cols = new int[nnz];
    float[] val = new float[nnz];
    int[] first = new int[w + 1];
    for (int k = 0; k < w; k++) {
      first[k + 1] = first[k] + part[k].start.length - 1;
    }
    parallel(w, what, progress, k -> {
      Rows r = part[k];
      int at = start[first[k]];
      for (int e = 0; e < r.nnz; e++) {
        cols[at + e] = w == 1 ? r.col[e] : ids[k][r.col[e]];
      }
      System.arraycopy(r.tf, 0, val, at, r.nnz);
      part[k] = null;
      return true;
    });
    int[] df = new int[vocab.size()];
    for (int k = 0; k < nnz; k++) {
      df[cols[k]]++;
    }
    float[] idf = new float[df.length];
    for (int t = 0; t < idf.length; t++) {
      idf[t] = TfIdf.idf(n, df[t]);
    }
    double[] norms = new double[w];
    long[] ent = new long[nnz];
    parallel(w, what, progress, k -> {
      for (int d = first[k]; d < first[k + 1]; d++) {
        norms[k] = Math.max(norms[k], TfIdf.normalise(val, cols, start[d], start[d + 1], idf));
        for (int e = start[d]; e < start[d + 1]; e++) {
          ent[e] = entry(cols[e], val[e]);
        }
        Arrays.sort(ent, start[d], start[d + 1]); // by column: columns are distinct in a row
      }
      return true;
    });
    double maxNorm = 0;
    for (double x : norms) {
      maxNorm = Math.max(maxNorm, x);
    }
    return new TfIdfVectors(n, start, ent, df, maxLength, maxNorm);
  }

  /** Below this many strings vectorising runs on the calling thread. */
  static final int PARALLEL_FROM = 1 << 14;

  /** One step of {@link #of} over ranges 0..w-1; a range returns false when cancelled. */
  private interface Range {
    boolean run(int k);
  }

  private static void parallel(int w, String what, ProgressListener progress, Range body) {
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean stopped = new AtomicBoolean();
    Workers.run(w, w > 1 ? ForkJoinPool.commonPool() : null, ProgressListener.NONE, (x, stop) -> {
      for (int k = next.getAndIncrement(); k < w && !stop.poll(); k = next.getAndIncrement()) {
        if (!body.run(k)) {
          stopped.set(true);
          return;
        }
      }
    });
    if (stopped.get()) {
      throw new CancelledException(what, 0);
    }
  }

  /** The growing row store: each string's distinct tokens in first-appearance order with TF. */
  private static final class Rows {
    final int[] start;
    int[] col;
    float[] tf;
    int nnz;
    int maxLength;
    private int[] stamp = new int[1024];
    private int[] pos = new int[1024];

    Rows(int n) {
      start = new int[n + 1];
      col = new int[Math.max(16, n * 8)];
      tf = new float[col.length];
    }

    /** Appends row d: the tokens of lower-cased {@code s} split on whitespace. */
    void add(int d, String s, TokenTable vocab) {
      int first = nnz;
      int i = 0;
      int len = s.length();
      while (i < len) {
        while (i < len && Character.isWhitespace(s.charAt(i))) {
          i++;
        }
        int j = i;
        while (j < len && !Character.isWhitespace(s.charAt(j))) {
          j++;
        }
        if (j > i) {
          count(d, vocab.intern(s, i, j));
        }
        i = j;
      }
      start[d + 1] = nnz;
      maxLength = Math.max(maxLength, nnz - first);
    }

    private void count(int d, int id) {
      if (id >= stamp.length) {
        stamp = Arrays.copyOf(stamp, Math.max(id + 1, stamp.length * 2));
        pos = Arrays.copyOf(pos, stamp.length);
      }
      if (stamp[id] == d + 1) {
        tf[pos[id]] += 1f;
        return;
      }
      if (nnz == col.length) {
        col = Arrays.copyOf(col, col.length + (col.length >> 1));
        tf = Arrays.copyOf(tf, col.length);
      }
      stamp[id] = d + 1;
      pos[id] = nnz;
      col[nnz] = id;
      tf[nnz] = 1f;
      nnz++;
    }
  }
}
