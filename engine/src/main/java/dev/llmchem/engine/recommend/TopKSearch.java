package dev.llmchem.engine.recommend;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.internal.Workers;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The k best sets by loss over every set allowed (exactly {@code size} models, or at least
 * minSize when size is 0), n &lt;= {@value ExactSearch#MAX_MODELS}: the exact search's meet in
 * the middle ({@link ExactSearch}: high bits H outside, the 2^low subsets L inside with
 * cross(H, L) = cross(H, L minus its lowest bit) + wH[that bit], O(1) per subset) with a
 * bounded list ({@link TopRanks}) per worker instead of a single best.
 *
 * <p>Exactness. The answer is ranked by the full recomputation of each loss
 * ({@link LossKernel#lossOf}, what {@link RecommendProblem#loss} reports), then by the smaller
 * mask. The O(1) screen value s(X) = alpha maxI + (1 - alpha) maxT - alpha deg(X)
 * + (3 alpha - 1) intra(X) + beta |X| is the same real number as the loss, summed in another
 * order; {@link Screen#eps} bounds |s - exact| + |full - exact| (a worst-case rounding bound,
 * about 1e-9 at n = 30). A set is recomputed in full only when s &lt;= T + eps, T = the k-th
 * full loss its worker keeps (+infinity until k are kept): a set of the final k has
 * full &lt;= T_final &lt;= T, so it always is. A set whose approximate inter slack is below
 * minus (tolerance + eps) is certainly infeasible and skipped. Before the inner loop, a lower
 * bound of s over every L with an allowed count (s(H) + min g over those counts + the cross
 * term's least value) skips a whole H when it exceeds T + 2 eps: exact pruning.
 *
 * <p>Cost: O(2^n) for the scan plus O(n^2) per recomputed set (the sets within eps of the
 * running k-th loss: about k log 2^n on generic inputs; every member of a large tie, e.g. all
 * chemistry equal, is recomputed). Workers take chunks of the H range from a shared counter
 * ({@link Workers}), poll the listener before each and report each chunk's subsets; their lists
 * merge in (loss, mask) order, so the answer does not depend on the worker count. Memory
 * O(2^low) per worker. Stateless.
 */
final class TopKSearch {
  private TopKSearch() { }

  /**
   * @param low bits enumerated by the inner loop ({@link ExactSearch#LOW_BITS}; tests use
   *     fewer to exercise the chunks on small n)
   */
  static List<RunnerUps.Ranked> search(RecommendProblem p, RecommendParams params, int size,
      int k, int low, ForkJoinPool pool, int workers, ProgressListener listener) {
    int n = p.size();
    if (k == 0) {
      return List.of();
    }
    int lowBits = Math.min(n, low);
    ExactSearch.Tables t = new ExactSearch.Tables(n, lowBits, p.chem, p.deg);
    Screen s = new Screen(t, p, params, size);
    int highs = 1 << (n - lowBits);
    int chunks = Math.min(highs, Math.max(64, workers * 8));
    int crew = Math.max(1, Math.min(workers, chunks));
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    TopRanks[] found = new TopRanks[crew];
    listener.start("recommend runner-ups", 1L << n);
    boolean cancelled = Workers.run(crew, pool, listener, (w, stop) -> {
      TopRanks mine = new TopRanks(k);
      found[w] = mine;
      double[] cross = new double[1 << lowBits];
      double[] wH = new double[lowBits];
      for (int c; (c = next.getAndIncrement()) < chunks && !stop.poll(); ) {
        int from = (int) ((long) highs * c / chunks);
        int to = (int) ((long) highs * (c + 1) / chunks);
        scan(s, from, to, mine, cross, wH);
        listener.advance((long) (to - from) << lowBits);
        done.incrementAndGet();
      }
    });
    if (cancelled) {
      throw new CancelledException("recommend runner-ups over 2^" + n + " subsets",
          (double) done.get() / chunks);
    }
    listener.finish();
    TopRanks all = new TopRanks(k);
    for (TopRanks r : found) {
      if (r != null) {
        all.addAll(r);
      }
    }
    return all.list();
  }

  /** Offers every set of H in [from, to) that may rank among the k best to {@code top}. */
  static void scan(Screen s, int from, int to, TopRanks top, double[] cross, double[] wH) {
    final ExactSearch.Tables t = s.t;
    final int n = t.n;
    final int k = t.k;
    final double[] chem = t.chem;
    final double[] g = s.g;
    final double c3 = s.c3;
    final int lows = 1 << k;
    for (int h = from; h < to; h++) {
      int popH = Integer.bitCount(h);
      int lo = Math.max(0, s.minCount - popH);
      int hi = Math.min(k, s.maxCount - popH);
      if (lo > hi) {
        continue;
      }
      long hiMask = (long) h << k;
      double intraH = LossKernel.intra(n, chem, hiMask);
      double degH = 0.0;
      for (long m = hiMask; m != 0; m &= m - 1) {
        degH += t.deg[Long.numberOfTrailingZeros(m)];
      }
      double sumW = 0.0;
      for (int l = 0; l < k; l++) {
        double x = 0.0;
        for (long m = hiMask; m != 0; m &= m - 1) {
          x += chem[l * n + Long.numberOfTrailingZeros(m)];
        }
        wH[l] = x;
        sumW += x;
      }
      double aH = s.base - s.alpha * degH + c3 * intraH + s.beta * popH;
      double bound = aH + s.gMin(lo, hi) + (c3 < 0 ? c3 * sumW : 0.0);
      if (bound > top.threshold() + 2 * s.eps) {
        continue; // no L of an allowed count can reach the k best
      }
      double lim = top.threshold() + s.eps;
      for (int l = 0; l < lows; l++) {
        double cr = l == 0 ? 0.0 : cross[l & (l - 1)] + wH[Integer.numberOfTrailingZeros(l)];
        cross[l] = cr;
        int pop = Integer.bitCount(l);
        if (pop < lo || pop > hi || aH + g[l] + c3 * cr > lim) {
          continue;
        }
        double intra = intraH + t.intraL[l] + cr;
        if (s.maxI - (degH + t.degL[l] - 2 * intra) < s.infeasible) {
          continue; // certainly infeasible, whatever the summation order
        }
        long mask = hiMask | l;
        double full = LossKernel.lossOf(n, chem, mask, s.maxT, s.maxI, s.alpha, s.beta);
        if (full < Double.POSITIVE_INFINITY) {
          top.offer(full, mask);
          lim = top.threshold() + s.eps;
        }
      }
    }
  }

  /** The screen's constants and per-L table for one call. Immutable once built. */
  static final class Screen {
    final ExactSearch.Tables t;
    final double alpha;
    final double beta;
    final double maxT;
    final double maxI;
    /** 2 alpha - (1 - alpha): the weight of intra once inter = deg - 2 intra. */
    final double c3;
    /** alpha maxI + (1 - alpha) maxT. */
    final double base;
    /** The rounding bound (see the class comment). */
    final double eps;
    /** An approximate inter slack below this is infeasible in any summation order. */
    final double infeasible;
    final int minCount;
    final int maxCount;
    /** g[L] = -alpha deg(L) + c3 intra(L) + beta |L|. */
    final double[] g;
    /** Least g over the L with a given count. */
    final double[] gByCount;

    Screen(ExactSearch.Tables t, RecommendProblem p, RecommendParams params, int size) {
      this.t = t;
      int n = t.n;
      alpha = params.alpha();
      beta = params.beta();
      maxT = p.maxT;
      maxI = p.maxI;
      c3 = 2 * alpha - (1 - alpha);
      base = alpha * maxI + (1 - alpha) * maxT;
      minCount = size > 0 ? size : params.minSize();
      maxCount = size > 0 ? size : n;
      eps = bound(n, maxT, beta);
      infeasible = -LossKernel.tolerance(maxT) - eps;
      int lows = 1 << t.k;
      g = new double[lows];
      gByCount = new double[t.k + 1];
      java.util.Arrays.fill(gByCount, Double.POSITIVE_INFINITY);
      for (int l = 0; l < lows; l++) {
        int pop = Integer.bitCount(l);
        g[l] = -alpha * t.degL[l] + c3 * t.intraL[l] + beta * pop;
        gByCount[pop] = Math.min(gByCount[pop], g[l]);
      }
    }

    /** The least g over the counts lo..hi. */
    double gMin(int lo, int hi) {
      double m = Double.POSITIVE_INFINITY;
      for (int c = lo; c <= hi; c++) {
        m = Math.min(m, gByCount[c]);
      }
      return m;
    }

    /**
     * A bound on |screen - exact| + |full - exact| + the rounding of the comparisons. Every
     * partial sum is of non-negative chemistry terms bounded by maxT (intra, inter, a half of a
     * degree sum) or of at most n size terms; each value is formed by at most n^2 + 8n + 512
     * roundings of relative size 2^-53 on magnitudes at most 6 (maxT + |beta| n). The factor
     * 64 leaves a wide margin: a larger bound only costs a few more recomputations.
     */
    static double bound(int n, double maxT, double beta) {
      double magnitude = Math.max(maxT, 0.0) + Math.abs(beta) * n + 1.0;
      return 64.0 * (n * n + 8 * n + 512) * Math.ulp(1.0) / 2 * magnitude;
    }
  }
}
