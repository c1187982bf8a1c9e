package dev.llmchem.engine.recommend;

/**
 * Naive twin of {@link ExactSearch}: every mask in ascending order, loss by {@link NaiveLoss},
 * least loss wins and the first (smallest mask) of equal losses stays. A test oracle for
 * n &lt;= ~16. Stateless and thread-safe.
 */
public final class NaiveExactSearch {
  private NaiveExactSearch() { }

  /** The optimum over all sets of size &gt;= minSize, or 0 when none is feasible. */
  public static long optimum(int n, double[] chem, RecommendParams p) {
    double maxT = NaiveLoss.maxTotal(n, chem);
    double maxI = NaiveLoss.maxInter(n, chem);
    long best = 0;
    double bestLoss = Double.POSITIVE_INFINITY;
    for (long x = 1; x < 1L << n; x++) {
      if (Long.bitCount(x) < p.minSize()) {
        continue;
      }
      double l = NaiveLoss.loss(n, chem, x, maxT, maxI, p.alpha(), p.beta());
      if (l < bestLoss) {
        best = x;
        bestLoss = l;
      }
    }
    return best;
  }
}
