package dev.llmchem.engine.cheme;

import dev.llmchem.engine.control.LimitException.Alternative;
import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.internal.Workers;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Exact, reference-compatible CHEME for the paper's Eq. 1 cost without enumerating subsets
 * (notes/cheme-eq1-exact.md): same entries, same zero-cost skip, same clipping to 1 as
 * {@link DenseCheme}, for any |U| and |S|, plus a witness X per pair ({@link Eq1Result}).
 *
 * <p>Input: penalties of the used models in rank order (q desc, a desc, name asc; finite,
 * &gt;= 0) and {@code rankToS}, the S index of each. Pairs inside U: {@link Eq1Pair} (value in
 * [0, 1], re-priced with the Eq. 1 arithmetic of {@link dev.llmchem.engine.cost.CostKernel}).
 * Pairs with a member outside U: value 0, entry iff both are outside, or some used model has a
 * positive penalty.
 *
 * <p>Work O(n^4 * steps) for n = |U| (C(n,2) pairs, O(n^2) per programme, a few programmes per
 * pair; pairs whose X = {} already gives 1 cost O(n)). Memory: the s x s matrix, C(n,2)
 * ceil(n/64) witness words, and about 2 n^2 bytes of decisions per worker (allocated once per
 * worker, nothing in the inner programme). Parallel over pairs (dynamic chunks); results are
 * identical for any thread count. Thread-safe; inputs are only read. Memory is checked against
 * the free heap before anything is allocated ({@link LimitException}); workers poll
 * {@link ProgressListener#cancelled()} once per chunk of pairs ({@link CancelledException}).
 */
public final class Eq1Cheme {
  private static final int CHUNK = 4;

  private Eq1Cheme() { }

  /** Sequential exact CHEME on the calling thread. */
  public static Eq1Result sequential(double[] penalty, int[] rankToS, int s) {
    return compute(penalty, rankToS, s, null, ProgressListener.NONE);
  }

  /**
   * Parallel exact CHEME with {@code pool.getParallelism()} workers (the calling thread runs
   * one, the others are tasks in {@code pool}; a null pool runs on the calling thread only);
   * progress in pairs of U, reported from the workers.
   */
  public static Eq1Result parallel(double[] penalty, int[] rankToS, int s, ForkJoinPool pool,
      ProgressListener progress) {
    return compute(penalty, rankToS, s, pool, progress);
  }

  private static Eq1Result compute(double[] penalty, int[] rankToS, int s, ForkJoinPool pool,
      ProgressListener progress) {
    int n = validate(penalty, rankToS, s);
    double[] p = penalty.clone();
    int[] r2s = rankToS.clone();
    int positives = 0;
    for (double x : p) {
      positives += x > 0 ? 1 : 0;
    }
    int np = n * (n - 1) / 2;
    int words = (n + 63) >>> 6;
    // the pool's workers, but no more than there are chunks of pairs
    int workers = Math.max(1, Math.min(Workers.of(pool), (np + CHUNK - 1) / CHUNK));
    requireFits(n, s, workers);
    double[] val = new double[np];
    long[] wit = new long[np * words];
    int[] pi = new int[np];
    int[] pj = new int[np];
    for (int i = 0, q = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++, q++) {
        pi[q] = i;
        pj[q] = j;
      }
    }
    progress.start("CHEME exact-eq1 |U|=" + n, np);
    AtomicInteger next = new AtomicInteger();
    final int fp = positives;
    boolean cancelled = Workers.run(workers, pool, progress, (t, stop) -> {
      Eq1Program.Workspace w = new Eq1Program.Workspace(n);
      for (int q0; (q0 = next.getAndAdd(CHUNK)) < np; ) {
        if (stop.poll()) {
          return;
        }
        int q1 = Math.min(np, q0 + CHUNK);
        for (int q = q0; q < q1; q++) {
          int i = pi[q];
          int j = pj[q];
          val[q] = Eq1Pair.solve(p, fp, i, j, r2s[i] < r2s[j], w);
          for (int m = 0; m < n; m++) {
            if (w.best[m]) {
              wit[q * words + (m >>> 6)] |= 1L << m;
            }
          }
        }
        progress.advance(q1 - q0);
      }
    });
    if (cancelled) {
      throw new CancelledException("exact-eq1 CHEME over |U| = " + n,
          (double) Math.min(next.get(), np) / np);
    }
    progress.finish();
    return new Eq1Result(assemble(p, r2s, s, positives, val), r2s, p, wit);
  }

  /**
   * Refuses sizes whose arrays cannot exist or do not fit the free heap: the pair values and
   * witnesses (C(n,2) (1 + ceil(n/64)) words plus two int indices), the s x s matrix and
   * each worker's decisions (about 2 n^2 bytes).
   */
  static void requireFits(int n, int s, int workers) {
    long np = (long) n * (n - 1) / 2;
    long words = (n + 63) >>> 6;
    if (np * words > Integer.MAX_VALUE - 8) {
      throw LimitException.size("exact-eq1 witness words", np * words, Integer.MAX_VALUE - 8,
          "|U| = " + n + " used models: exact-eq1 keeps a witness for each of the " + np
          + " pairs (" + np * words + " words, beyond a Java array)",
          Alternative.HIGHER_THRESHOLD, Alternative.FEWER_MODELS);
    }
    ChemMatrix.requireFits(s);
    long bytes = np * (8 + 8 * words + 8) + ChemMatrix.bytes(s) + (long) workers * 16 * n * n;
    LimitException.requireHeap(bytes, "exact-eq1 CHEME over |S| = " + s + ", |U| = " + n
        + " (witnesses of " + np + " pairs and the |S| x |S| matrix)",
        Alternative.HIGHER_THRESHOLD, Alternative.FEWER_MODELS);
  }

  private static int validate(double[] penalty, int[] rankToS, int s) {
    int n = penalty.length;
    if (rankToS.length != n || s < n) {
      throw new IllegalArgumentException("need |U| = penalty.length = rankToS.length <= |S|");
    }
    boolean[] seen = new boolean[s];
    for (int r = 0; r < n; r++) {
      if (!(penalty[r] >= 0) || Double.isInfinite(penalty[r])) {
        throw new IllegalArgumentException("penalty " + penalty[r] + " at rank " + r
            + "; penalties must be finite and >= 0");
      }
      int x = rankToS[r];
      if (x < 0 || x >= s || seen[x]) {
        throw new IllegalArgumentException("rank " + r + " maps to bad or repeated S index " + x);
      }
      seen[x] = true;
    }
    return n;
  }

  /** The S-indexed matrix: U pairs from {@code val} (NaN = no entry), outside pairs closed form. */
  private static ChemMatrix assemble(double[] p, int[] r2s, int s, int positives, double[] val) {
    int n = p.length;
    int words = ChemMatrix.words(s);
    double[] v = new double[s * s];
    long[] e = new long[s * words];
    for (int i = 0, q = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++, q++) {
        if (!Double.isNaN(val[q])) {
          set(v, e, s, words, r2s[i], r2s[j], val[q]);
        }
      }
    }
    boolean[] used = new boolean[s];
    for (int x : r2s) {
      used[x] = true;
    }
    for (int a = 0; a < s; a++) {
      if (used[a]) {
        continue;
      }
      for (int b = 0; b < s; b++) {
        if (b != a && (!used[b] ? b > a : positives > 0)) {
          set(v, e, s, words, a, b, 0.0);
        }
      }
    }
    return new ChemMatrix(s, v, e);
  }

  private static void set(double[] v, long[] e, int s, int words, int a, int b, double x) {
    v[a * s + b] = x;
    v[b * s + a] = x;
    e[a * words + (b >>> 6)] |= 1L << b;
    e[b * words + (a >>> 6)] |= 1L << a;
  }
}
