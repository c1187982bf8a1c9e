package dev.llmchem.engine.recommend;

import dev.llmchem.engine.control.LimitException.Alternative;
import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.internal.Workers;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Exact minimum of the RECOMMEND loss over all sets of exactly N models.
 *
 * <p>Depth-first enumeration of the N-combinations in lexicographic order of member indices;
 * depth d keeps {@code w_d[j]} = chem from j to the d members chosen so far (for j after the
 * last member), so a leaf costs O(1) (intra + w[i], deg + deg[i]) and an inner node O(n).
 * Work O(C(n, N) + C(n, N-1) n). Tie-break: least loss, then smallest mask (unsigned).
 * Refuses more than {@value #MAX_COMBINATIONS} combinations. The parallel entry point splits
 * on the first two members, tasks that its workers ({@link Workers}) take from a shared
 * counter; results merge by (loss, mask), so it returns what the sequential one does.
 * Stateless and thread-safe; allocates O(N n) per task. The split entry point polls
 * {@link ProgressListener#cancelled()} before each (first, second member) task.
 */
public final class ExactSizeSearch {
  /** Largest number of combinations enumerated (2^31). */
  public static final long MAX_COMBINATIONS = 1L << 31;

  private ExactSizeSearch() { }

  /** Validates {@code 1 <= size <= n} and the combination budget. */
  static void check(int n, int size) {
    if (size < 1 || size > n) {
      throw new IllegalArgumentException("target size must be in [1, " + n + "], got " + size);
    }
    long c = Masks.binomial(n, size);
    if (c > MAX_COMBINATIONS) {
      throw LimitException.size("exact RECOMMEND combinations", c, MAX_COMBINATIONS,
          "an exact RECOMMEND of size " + size + " among |S| = " + n + " models would"
          + " enumerate " + (c == Long.MAX_VALUE ? "more than 2^63" : c) + " combinations;"
          + " the limit is " + MAX_COMBINATIONS + " (2^31)", Alternative.LOCAL_SEARCH,
          Alternative.SIZE_NEARER_ENDS);
    }
  }

  /** Sequential: the optimum of exactly {@code size} models, 0 when none is feasible. */
  public static long sequential(int n, double[] chem, double[] deg, double maxT, double maxI,
      double alpha, double beta, int size) {
    check(n, size);
    Walker w = new Walker(n, chem, deg, maxT, maxI, alpha, beta, size);
    w.dfs(0, 0, 0L, 0.0, 0.0);
    return w.best.mask;
  }

  /**
   * Parallel with {@code pool.getParallelism()} workers (the calling thread runs one), split by
   * the first two members.
   */
  public static long parallel(int n, double[] chem, double[] deg, double maxT, double maxI,
      double alpha, double beta, int size, ForkJoinPool pool) {
    return split(n, chem, deg, maxT, maxI, alpha, beta, size, pool, Workers.of(pool),
        ProgressListener.NONE);
  }

  /**
   * Split by the first two members, one task per (first, second) pair taken from a shared
   * counter by {@code workers} workers ({@link Workers#run}: the calling thread and
   * {@code workers - 1} tasks in {@code pool}, which may be null when {@code workers <= 1});
   * polls {@code listener.cancelled()} before each task.
   */
  static long split(int n, double[] chem, double[] deg, double maxT, double maxI,
      double alpha, double beta, int size, ForkJoinPool pool, int workers,
      ProgressListener listener) {
    check(n, size);
    if (size == 1) {
      return sequential(n, chem, deg, maxT, maxI, alpha, beta, size);
    }
    int last = n - size + 1; // the second member is at most this index
    int pairs = n * n;
    int crew = Math.max(1, workers);
    AtomicInteger next = new AtomicInteger();
    ExactSearch.Best[] found = new ExactSearch.Best[crew];
    boolean cancelled = Workers.run(crew, pool, listener, (t, stop) -> {
      ExactSearch.Best mine = new ExactSearch.Best();
      found[t] = mine;
      for (int p; (p = next.getAndIncrement()) < pairs; ) {
        int i0 = p / n;
        int i1 = p % n;
        if (i0 >= i1 || i1 > last) {
          continue;
        }
        if (stop.poll()) {
          return;
        }
        Walker w = new Walker(n, chem, deg, maxT, maxI, alpha, beta, size);
        double[] w1 = w.w[1];
        for (int j = 0; j < n; j++) {
          w1[j] = chem[i0 * n + j];
        }
        w.dfs(1, i1, 1L << i0, 0.0, deg[i0], i1);
        mine.offer(w.best.loss, w.best.mask);
      }
    });
    if (cancelled) {
      throw new CancelledException("exact RECOMMEND of size " + size + " among " + n
          + " models", Double.NaN);
    }
    return ExactSearch.Best.of(found).mask;
  }

  /** One enumeration task. */
  private static final class Walker {
    final int n;
    final double[] chem;
    final double[] deg;
    final double maxT;
    final double maxI;
    final double alpha;
    final double beta;
    final int size;
    final double[][] w;
    final ExactSearch.Best best = new ExactSearch.Best();

    Walker(int n, double[] chem, double[] deg, double maxT, double maxI, double alpha,
        double beta, int size) {
      this.n = n;
      this.chem = chem;
      this.deg = deg;
      this.maxT = maxT;
      this.maxI = maxI;
      this.alpha = alpha;
      this.beta = beta;
      this.size = size;
      this.w = new double[size][n];
    }

    /** Children of a node with d members (w[d] valid), next member from {@code from}. */
    void dfs(int d, int from, long mask, double intra, double degSum) {
      dfs(d, from, mask, intra, degSum, n - (size - d));
    }

    /** As above, with the next member restricted to [from, to]. */
    void dfs(int d, int from, long mask, double intra, double degSum, int to) {
      double[] wd = w[d];
      if (d + 1 == size) {
        for (int i = from; i <= to; i++) {
          double in = intra + wd[i];
          double inter = degSum + deg[i] - 2 * in;
          double l = LossKernel.loss(in, inter, maxT, maxI, size, alpha, beta);
          if (l <= best.loss) {
            best.offer(l, mask | 1L << i);
          }
        }
        return;
      }
      double[] wn = w[d + 1];
      for (int i = from; i <= to; i++) {
        int row = i * n;
        for (int j = i + 1; j < n; j++) {
          wn[j] = wd[j] + chem[row + j];
        }
        dfs(d + 1, i + 1, mask | 1L << i, intra + wd[i], degSum + deg[i]);
      }
    }
  }
}
