package dev.llmchem.engine.recommend;

/**
 * Naive twins of the size-N searches: {@link SizeLocalSearch} with every loss recomputed by
 * {@link NaiveLoss}, and brute force over all N-combinations (Gosper's hack) for
 * {@link ExactSizeSearch}. Test oracles. Stateless and thread-safe.
 */
public final class NaiveSizeSearch {
  private NaiveSizeSearch() { }

  /** Same rules as {@link SizeLocalSearch} (starts = distinct X_Q in lexicographic order). */
  public static long localSearch(int n, double[] chem, long[] xq, RecommendParams p, int size) {
    double maxT = NaiveLoss.maxTotal(n, chem);
    double maxI = NaiveLoss.maxInter(n, chem);
    double al = p.alpha();
    double be = p.beta();
    double tol = LossKernel.ROUNDING_TOL * Math.max(1.0, maxT);
    long best = 0;
    double bestLoss = Double.POSITIVE_INFINITY;
    for (long start : Masks.sortedDistinct(xq)) {
      long cur = start;
      while (Long.bitCount(cur) != size) {
        boolean shrink = Long.bitCount(cur) > size;
        int pick = -1;
        double pickLoss = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
          boolean member = (cur >>> i & 1L) != 0;
          if (member == shrink) {
            double l = NaiveLoss.loss(n, chem, cur ^ 1L << i, maxT, maxI, al, be);
            if (pick < 0 || l < pickLoss - tol) {
              pick = i;
              pickLoss = l;
            }
          }
        }
        cur ^= 1L << pick;
      }
      double curLoss = NaiveLoss.loss(n, chem, cur, maxT, maxI, al, be);
      if (curLoss < bestLoss - tol) {
        best = cur;
        bestLoss = curLoss;
      }
      for (int it = 0; it < p.iters(); it++) {
        long nb = 0;
        double nbLoss = Double.POSITIVE_INFINITY;
        for (long cand : NaiveLocalSearch.neighbours(n, cur)) {
          if (Long.bitCount(cand) != size) {
            continue;
          }
          double l = NaiveLoss.loss(n, chem, cand, maxT, maxI, al, be);
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

  /** Least loss over all sets of exactly {@code size} models, ties to the smallest mask. */
  public static long exact(int n, double[] chem, RecommendParams p, int size) {
    double maxT = NaiveLoss.maxTotal(n, chem);
    double maxI = NaiveLoss.maxInter(n, chem);
    long best = 0;
    double bestLoss = Double.POSITIVE_INFINITY;
    if (size < 1 || size > n) {
      return 0;
    }
    long limit = Masks.all(n);
    long x = Masks.all(size);
    while (true) {
      double l = NaiveLoss.loss(n, chem, x, maxT, maxI, p.alpha(), p.beta());
      if (l < bestLoss) { // ascending masks: the first of equal losses is the smallest mask
        best = x;
        bestLoss = l;
      }
      if (x == (limit & ~Masks.all(n - size))) {
        break;
      }
      long c = x & -x;
      long r = x + c;
      x = (((r ^ x) >>> 2) / c) | r;
    }
    return best;
  }
}
