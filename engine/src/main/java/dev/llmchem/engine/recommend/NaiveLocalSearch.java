package dev.llmchem.engine.recommend;

import java.util.ArrayList;
import java.util.List;

/**
 * Naive twin of the reference RECOMMEND path (SPEC 7 steps 2 to 7, after the fallback): the
 * X_Q filter, then hill climbing over an explicitly built neighbour list (removals, additions,
 * swaps, in the order {@link LocalSearch} documents), each neighbour's loss recomputed in full
 * by {@link NaiveLoss}. A test oracle. Stateless and thread-safe; allocates freely.
 */
public final class NaiveLocalSearch {
  private NaiveLocalSearch() { }

  /** The recommended set, or 0 when no configuration qualifies or nothing is feasible. */
  public static long recommend(int n, double[] chem, long[] xq, RecommendParams p) {
    double maxT = NaiveLoss.maxTotal(n, chem);
    double maxI = NaiveLoss.maxInter(n, chem);
    List<Long> starts = new ArrayList<>();
    for (long x : Masks.sortedDistinct(xq)) {
      if (Long.bitCount(x) >= p.minSize() && hasPositivePair(n, chem, x)) {
        starts.add(x);
      }
    }
    double tol = LossKernel.ROUNDING_TOL * Math.max(1.0, maxT);
    long best = 0;
    double bestLoss = Double.POSITIVE_INFINITY;
    for (long start : starts) {
      long cur = start;
      double curLoss = NaiveLoss.loss(n, chem, cur, maxT, maxI, p.alpha(), p.beta());
      if (curLoss < bestLoss - tol) {
        best = cur;
        bestLoss = curLoss;
      }
      for (int it = 0; it < p.iters(); it++) {
        long nb = 0;
        double nbLoss = Double.POSITIVE_INFINITY;
        for (long cand : neighbours(n, cur)) {
          if (Long.bitCount(cand) < p.minSize()) {
            continue;
          }
          double l = NaiveLoss.loss(n, chem, cand, maxT, maxI, p.alpha(), p.beta());
          if (l < nbLoss - tol) {
            nb = cand;
            nbLoss = l;
          }
        }
        if (!(nbLoss < curLoss - tol)) {
          break;
        }
        cur = nb;
        curLoss = nbLoss;
        if (curLoss < bestLoss - tol) {
          best = cur;
          bestLoss = curLoss;
        }
      }
    }
    return best;
  }

  /** Removals, additions, swaps, each in ascending index order. */
  static List<Long> neighbours(int n, long cur) {
    List<Long> out = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      if ((cur >>> r & 1L) != 0) {
        out.add(cur & ~(1L << r));
      }
    }
    for (int a = 0; a < n; a++) {
      if ((cur >>> a & 1L) == 0) {
        out.add(cur | 1L << a);
      }
    }
    for (int r = 0; r < n; r++) {
      for (int a = 0; a < n; a++) {
        if ((cur >>> r & 1L) != 0 && (cur >>> a & 1L) == 0) {
          out.add((cur & ~(1L << r)) | 1L << a);
        }
      }
    }
    return out;
  }

  static boolean hasPositivePair(int n, double[] chem, long x) {
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if ((x >>> i & 1L) != 0 && (x >>> j & 1L) != 0 && chem[i * n + j] > 0) {
          return true;
        }
      }
    }
    return false;
  }
}
