package dev.llmchem.engine.recommend;

import dev.llmchem.engine.control.LimitException.Alternative;
import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.internal.Workers;
import java.util.concurrent.ForkJoinPool;

/**
 * Exact minimum of the RECOMMEND loss over all sets of size &gt;= minSize, for n &lt;= 30.
 *
 * <p>Meet in the middle: a mask is split into high bits H (models k..n-1) and low bits L
 * (models 0..k-1, k = min(n, {@value #LOW_BITS})). For the low half, tables indexed by L
 * hold intra(L) and the degree sum once per call. For each H the outer loop computes
 * intra(H), deg(H) and wH[l] = chem from low model l to H; the inner loop then visits every L
 * in ascending order with cross(H, L) = cross(H, L minus its lowest bit) + wH[lowest bit],
 * so each of the 2^n subsets costs O(1): intra = intra(H) + intra(L) + cross, inter =
 * deg(H) + deg(L) - 2 intra. Work O(2^n + 2^(n-k) n^2), memory O(2^k) per worker.
 *
 * <p>Tie-break: least loss, then the smallest mask. Every subset's loss is computed by the same
 * expression whatever the split into tasks, and chunk results merge by (loss, mask), so the
 * sequential and the parallel entry points return the same set, bit for bit. The loss used for
 * ranking may differ from a full recomputation in the last bits (different summation order).
 * Stateless and thread-safe. Both entry points scan the high-bit range in chunks that the
 * workers ({@link Workers}) take from a shared counter ({@link HighChunks}), and poll
 * {@link ProgressListener#cancelled()} between chunks
 * ({@link dev.llmchem.engine.control.CancelledException}).
 */
public final class ExactSearch {
  /** Largest n accepted (2^30 subsets: seconds on a few cores). */
  public static final int MAX_MODELS = 30;
  /** Bits enumerated by the inner loop. */
  static final int LOW_BITS = 14;

  private ExactSearch() { }

  /** The best (loss, mask) of a range; mask 0 = none feasible. Mutable, confined to a task. */
  static final class Best {
    double loss = Double.POSITIVE_INFINITY;
    long mask;

    void offer(double l, long m) {
      if (!(l < Double.POSITIVE_INFINITY)) {
        return; // infeasible sets are never answers
      }
      if (l < loss || (l == loss && m != 0 && (mask == 0 || Long.compareUnsigned(m, mask) < 0))) {
        loss = l;
        mask = m;
      }
    }

    /**
     * The best of the workers' results (each already the best of its chunks). The order of
     * {@code found} does not matter: {@link #offer} keeps the least (loss, mask), a total order.
     */
    static Best of(Best[] found) {
      Best r = new Best();
      for (Best b : found) {
        if (b != null) {
          r.offer(b.loss, b.mask);
        }
      }
      return r;
    }
  }

  /** Throws the documented refusal when n is too large. */
  static void checkSize(int n) {
    if (n > MAX_MODELS) {
      throw LimitException.size("exact RECOMMEND over 2^|S| subsets", n, MAX_MODELS,
          "the exact RECOMMEND enumerates all 2^|S| subsets and takes |S| <= " + MAX_MODELS
          + "; this task has |S| = " + n + " (2^" + n + " = "
          + String.format(java.util.Locale.ROOT, "%.1e", Math.pow(2, n)) + " subsets)",
          Alternative.LOCAL_SEARCH, Alternative.EXACT_OF_SIZE);
    }
  }

  /** Sequential: the optimum, or 0 when no set of size &gt;= minSize is feasible. */
  public static long sequential(int n, double[] chem, double[] deg, double maxT, double maxI,
      double alpha, double beta, int minSize) {
    return search(n, chem, deg, maxT, maxI, alpha, beta, minSize, null, 1,
        ProgressListener.NONE);
  }

  /**
   * Parallel with {@code pool.getParallelism()} workers (the calling thread runs one, the
   * others are tasks in {@code pool}; a null pool runs on the calling thread only): the
   * high-bit range is cut into about 8 chunks per worker (at least 64); each chunk allocates
   * O(2^k) doubles. Does not pay below n ~ 18. {@code listener} gets one {@code advance} per
   * chunk (subsets done), from worker threads.
   */
  public static long parallel(int n, double[] chem, double[] deg, double maxT, double maxI,
      double alpha, double beta, int minSize, ForkJoinPool pool, ProgressListener listener) {
    return search(n, chem, deg, maxT, maxI, alpha, beta, minSize, pool, Workers.of(pool),
        listener);
  }

  /**
   * The chunked scan with {@code workers} workers ({@link Workers#run}: the calling thread and
   * {@code workers - 1} tasks in {@code pool}, which may be null when {@code workers <= 1}).
   */
  static long search(int n, double[] chem, double[] deg, double maxT, double maxI,
      double alpha, double beta, int minSize, ForkJoinPool pool, int workers,
      ProgressListener listener) {
    checkSize(n);
    int k = Math.min(n, LOW_BITS);
    Tables t = new Tables(n, k, chem, deg);
    Best[] found = new Best[Math.max(1, workers)];
    HighChunks.run(n, k, pool, workers, listener, "exact recommend",
        "exact RECOMMEND over 2^" + n + " subsets", w -> {
          Best mine = new Best();
          found[w] = mine;
          return (from, to) -> {
            Best r = scan(t, maxT, maxI, alpha, beta, minSize, from, to);
            mine.offer(r.loss, r.mask);
          };
        });
    return Best.of(found).mask;
  }

  /** Low-half tables. */
  static final class Tables {
    final int n;
    final int k;
    final double[] chem;
    final double[] deg;
    final double[] intraL;
    final double[] degL;

    Tables(int n, int k, double[] chem, double[] deg) {
      this.n = n;
      this.k = k;
      this.chem = chem;
      this.deg = deg;
      int size = 1 << k;
      intraL = new double[size];
      degL = new double[size];
      for (int l = 1; l < size; l++) {
        int low = Integer.numberOfTrailingZeros(l);
        int rest = l & (l - 1);
        double s = 0.0;
        for (int m = rest; m != 0; m &= m - 1) {
          s += chem[low * n + Integer.numberOfTrailingZeros(m)];
        }
        intraL[l] = intraL[rest] + s;
        degL[l] = degL[rest] + deg[low];
      }
    }

    /** The degree sum of the high models of {@code hiMask}, ascending. */
    double degreeOf(long hiMask) {
      double d = 0.0;
      for (long m = hiMask; m != 0; m &= m - 1) {
        d += deg[Long.numberOfTrailingZeros(m)];
      }
      return d;
    }

    /** {@code wH[l]} = chem from low model l to the models of {@code hiMask}, ascending. */
    void toHigh(long hiMask, double[] wH) {
      for (int l = 0; l < k; l++) {
        double s = 0.0;
        for (long m = hiMask; m != 0; m &= m - 1) {
          s += chem[l * n + Long.numberOfTrailingZeros(m)];
        }
        wH[l] = s;
      }
    }
  }

  /** Scans H in [from, to), L ascending: masks ascend, so strict &lt; keeps the smallest. */
  static Best scan(Tables t, double maxT, double maxI, double alpha, double beta, int minSize,
      int from, int to) {
    final int n = t.n;
    final int k = t.k;
    final double[] chem = t.chem;
    final double[] intraL = t.intraL;
    final double[] degL = t.degL;
    final int lows = 1 << k;
    final double gamma = 1 - alpha;
    final double tol = -LossKernel.tolerance(maxT);
    double[] cross = new double[lows];
    double[] wH = new double[k];
    Best best = new Best();
    double bestLoss = Double.POSITIVE_INFINITY;
    long bestMask = 0;
    for (int h = from; h < to; h++) {
      long hiMask = (long) h << k;
      double intraH = LossKernel.intra(n, chem, hiMask);
      double degH = t.degreeOf(hiMask);
      t.toHigh(hiMask, wH);
      int popH = Integer.bitCount(h);
      for (int l = 0; l < lows; l++) {
        double c = l == 0 ? 0.0 : cross[l & (l - 1)] + wH[Integer.numberOfTrailingZeros(l)];
        cross[l] = c;
        int pop = popH + Integer.bitCount(l);
        if (pop < minSize) {
          continue;
        }
        double intra = intraH + intraL[l] + c;
        double inter = degH + degL[l] - 2 * intra;
        double lIntra = maxT - intra;
        double lInter = maxI - inter;
        if (lIntra < tol || lInter < tol) {
          continue;
        }
        double loss = alpha * lInter + gamma * lIntra + beta * pop;
        if (loss < bestLoss) {
          bestLoss = loss;
          bestMask = hiMask | l;
        }
      }
    }
    best.offer(bestLoss, bestMask);
    return best;
  }
}
