package dev.llmchem.engine.recommend;

import dev.llmchem.engine.control.ProgressListener;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * The k best sets by loss over every set allowed (exactly {@code size} models, or at least
 * minSize when size is 0), n &lt;= {@value ExactSearch#MAX_MODELS}: the exact search's meet in
 * the middle ({@link ExactSearch}: high bits H outside, the 2^low subsets L of the low bits
 * inside, O(1) per subset) with a bounded list ({@link TopRanks}) per worker instead of a
 * single best. The low bits split into an upper part L1 and a lower part L2 (the inner loop);
 * cross(H, L) = c1[L1] + c2[L2], both tables built per H by one addition per entry.
 *
 * <p>Exactness. The answer is ranked by the full recomputation of each loss
 * ({@link LossKernel#lossOf}, what {@link RecommendProblem#loss} reports), then by the smaller
 * mask. The O(1) screen s(H, L) of {@link TopKScreen} is the same real number as the loss,
 * summed in another order; {@link TopKScreen#bound} bounds |s - exact| + |full - exact| (a
 * worst-case rounding bound, about 1e-9 at n = 30), eps. A set is recomputed in full only when
 * s &lt;= T + eps, T = the k-th full loss its worker keeps (+infinity until k are kept): a set
 * of the final k has full &lt;= T_final &lt;= T, so it always is. A set whose approximate inter
 * slack is below minus (tolerance + eps) is certainly infeasible and skipped. Before each
 * block of lower parts, a lower bound of s over the block (L1's part, the least screen of a
 * lower part with an allowed count, the chemistry between the parts at its least) skips the
 * block when it exceeds T + 2 eps: exact pruning (40-65% of the blocks at n = 26-28).
 *
 * <p>Cost: O(2^n) for the scan plus O(n^2) per recomputed set (the sets within eps of the
 * running k-th loss: a few hundred on generic inputs; every member of a large tie, e.g. all
 * chemistry equal, is recomputed). Workers take chunks of the H range from a shared counter
 * ({@link HighChunks}), poll the listener before each and report each chunk's subsets; their lists
 * merge in (loss, mask) order, so the answer does not depend on the worker count. Memory
 * O(2^low) per call plus O(2^(low/2)) per worker. Stateless.
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
    TopKScreen s = new TopKScreen(t, p, params, size);
    TopRanks[] found = new TopRanks[Math.max(1, workers)];
    HighChunks.run(n, lowBits, pool, workers, listener, "recommend runner-ups",
        "recommend runner-ups over 2^" + n + " subsets", w -> {
          TopRanks mine = new TopRanks(k);
          found[w] = mine;
          Scratch scratch = new Scratch(s);
          return (from, to) -> scan(s, from, to, mine, scratch);
        });
    TopRanks all = new TopRanks(k);
    for (TopRanks r : found) {
      if (r != null) {
        all.addAll(r);
      }
    }
    return all.list();
  }

  /** One worker's scratch arrays. */
  static final class Scratch {
    final double[] wH;
    final double[] c1;
    final double[] c2;
    final double[] f2;
    final double[] least2;
    /** The lower parts L2 ordered by bit count, and where each count starts. */
    final int[] order2;
    final int[] start2;

    Scratch(TopKScreen s) {
      wH = new double[s.t.k];
      c1 = new double[1 << s.r];
      c2 = new double[1 << s.q];
      f2 = new double[1 << s.q];
      least2 = new double[s.q + 1];
      order2 = new int[1 << s.q];
      start2 = new int[s.q + 2];
      int i = 0;
      for (int c = 0; c <= s.q; c++) {
        start2[c] = i;
        for (int l = 0; l < 1 << s.q; l++) {
          if (Integer.bitCount(l) == c) {
            order2[i++] = l;
          }
        }
      }
      start2[s.q + 1] = i;
    }
  }

  /** Offers every set of H in [from, to) that may rank among the k best to {@code top}. */
  static void scan(TopKScreen s, int from, int to, TopRanks top, Scratch w) {
    final ExactSearch.Tables t = s.t;
    final int n = t.n;
    final int k = t.k;
    final int q = s.q;
    final double[] chem = t.chem;
    final double[] g = s.g;
    final double c3 = s.c3;
    final double eps = s.eps;
    final double[] wH = w.wH;
    final double[] c1 = w.c1;
    final double[] c2 = w.c2;
    final double[] f2 = w.f2;
    final int[] order2 = w.order2;
    final int[] start2 = w.start2;
    for (int h = from; h < to; h++) {
      int popH = Integer.bitCount(h);
      int lo = Math.max(0, s.minCount - popH);
      int hi = Math.min(k, s.maxCount - popH);
      if (lo > hi) {
        continue;
      }
      long hiMask = (long) h << k;
      double intraH = LossKernel.intra(n, chem, hiMask);
      double degH = t.degreeOf(hiMask);
      t.toHigh(hiMask, wH);
      for (int l = 1; l < c2.length; l++) { // cross(H, L) = c1[L1] + c2[L2]: linear in L
        c2[l] = c2[l & (l - 1)] + wH[Integer.numberOfTrailingZeros(l)];
      }
      for (int l = 1; l < c1.length; l++) {
        c1[l] = c1[l & (l - 1)] + wH[q + Integer.numberOfTrailingZeros(l)];
      }
      for (int l = 0; l < f2.length; l++) {
        f2[l] = g[l] + c3 * c2[l];
      }
      TopKScreen.leastByCount(f2, q, w.least2);
      double aH = s.base - s.alpha * degH + c3 * intraH + s.beta * popH;
      double lim = top.threshold() + eps;
      for (int l1 = 0; l1 < c1.length; l1++) {
        int pop1 = Integer.bitCount(l1);
        int lo2 = Math.max(0, lo - pop1);
        int hi2 = Math.min(q, hi - pop1);
        if (lo2 > hi2) {
          continue;
        }
        int off = l1 << q;
        double b1 = aH + c3 * c1[l1];
        if (b1 + g[off] + TopKScreen.least(w.least2, lo2, hi2) + s.xLeast[l1] > lim + eps) {
          continue; // no lower part of an allowed count reaches the k best
        }
        for (int i = start2[lo2], end = start2[hi2 + 1]; i < end; i++) {
          int l2 = order2[i];
          if (b1 + g[off | l2] + c3 * c2[l2] > lim) {
            continue;
          }
          int l = off | l2;
          double intra = intraH + t.intraL[l] + c1[l1] + c2[l2];
          if (s.maxI - (degH + t.degL[l] - 2 * intra) < s.infeasible) {
            continue; // certainly infeasible, whatever the summation order
          }
          long mask = hiMask | l;
          double full = LossKernel.lossOf(n, chem, mask, s.maxT, s.maxI, s.alpha, s.beta);
          if (full < Double.POSITIVE_INFINITY) {
            top.offer(full, mask);
            lim = top.threshold() + eps;
          }
        }
      }
    }
  }
}
