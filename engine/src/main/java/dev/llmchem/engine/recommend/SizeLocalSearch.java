package dev.llmchem.engine.recommend;

/**
 * Local search for a set of exactly N models (beyond the reference).
 *
 * <p>Each start X (the caller's order, X_Q sorted by {@link Masks#compareLex}) is first brought
 * to size N greedily: while |X| &gt; N remove the member whose removal gives the least loss;
 * while |X| &lt; N add the non-member whose addition gives the least loss; ties (including all
 * +infinity) go to the lowest index. Then it climbs like {@link LocalSearch} with swaps only
 * (removed member ascending, added non-member ascending, first strict minimum wins), at most
 * {@code iters} moves. The adjusted start and every move become the best only when strictly
 * lower. Cost per swap step O(N (n - N)); allocation one {@code double[n]} per call.
 * Stateless and thread-safe.
 */
public final class SizeLocalSearch {
  private SizeLocalSearch() { }

  /**
   * @param size the target N, 1 &lt;= N &lt;= n
   * @param counters null, or an array of length &gt;= 2 to which evaluations and moves are added
   * @return the best set of exactly N models found, or 0 when all were infeasible
   */
  public static long search(int n, double[] chem, double[] deg, double maxT, double maxI,
      double alpha, double beta, int iters, int size, long[] starts, long[] counters) {
    double[] w = new double[n];
    long all = Masks.all(n);
    final double tol = LossKernel.tolerance(maxT);
    long best = 0;
    double bestLoss = Double.POSITIVE_INFINITY;
    long evals = 0;
    int moves = 0;
    for (long start : starts) {
      long cur = start;
      LossKernel.memberSums(n, chem, cur, w);
      double intra = LossKernel.intra(n, chem, cur);
      double inter = LossKernel.inter(n, chem, cur);
      int sz = Long.bitCount(cur);
      while (sz != size) {
        int pick = -1;
        double pickLoss = Double.POSITIVE_INFINITY;
        boolean shrink = sz > size;
        for (long m = shrink ? cur : ~cur & all; m != 0; m &= m - 1) {
          int i = Long.numberOfTrailingZeros(m);
          double l = shrink
              ? LossKernel.loss(intra - w[i], inter - deg[i] + 2 * w[i], maxT, maxI, sz - 1,
                  alpha, beta)
              : LossKernel.loss(intra + w[i], inter + deg[i] - 2 * w[i], maxT, maxI, sz + 1,
                  alpha, beta);
          evals++;
          if (pick < 0 || l < pickLoss - tol) {
            pick = i;
            pickLoss = l;
          }
        }
        cur ^= 1L << pick;
        LossKernel.memberSums(n, chem, cur, w);
        intra = LossKernel.intra(n, chem, cur);
        inter = LossKernel.inter(n, chem, cur);
        sz = Long.bitCount(cur);
      }
      double curLoss = LossKernel.loss(intra, inter, maxT, maxI, sz, alpha, beta);
      evals++;
      if (curLoss < bestLoss - tol) {
        best = cur;
        bestLoss = curLoss;
      }
      for (int it = 0; it < iters; it++) {
        long out = ~cur & all;
        long nb = 0;
        double nbLoss = Double.POSITIVE_INFINITY;
        for (long m = cur; m != 0; m &= m - 1) {
          int r = Long.numberOfTrailingZeros(m);
          double intraR = intra - w[r];
          double interR = inter - deg[r] + 2 * w[r];
          int row = r * n;
          for (long o = out; o != 0; o &= o - 1) {
            int a = Long.numberOfTrailingZeros(o);
            double wa = w[a] - chem[row + a];
            double l = LossKernel.loss(intraR + wa, interR + deg[a] - 2 * wa, maxT, maxI,
                sz, alpha, beta);
            evals++;
            if (l < nbLoss - tol) {
              nbLoss = l;
              nb = (cur & ~(1L << r)) | (1L << a);
            }
          }
        }
        if (!(nbLoss < curLoss - tol)) {
          break;
        }
        cur = nb;
        moves++;
        LossKernel.memberSums(n, chem, cur, w);
        intra = LossKernel.intra(n, chem, cur);
        inter = LossKernel.inter(n, chem, cur);
        curLoss = LossKernel.loss(intra, inter, maxT, maxI, sz, alpha, beta);
        if (curLoss < bestLoss - tol) {
          best = cur;
          bestLoss = curLoss;
        }
      }
    }
    if (counters != null) {
      counters[LocalSearch.EVALUATIONS] += evals;
      counters[LocalSearch.MOVES] += moves;
    }
    return best;
  }
}
