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
 * lower. Cost per swap step O(N (n - N)); allocation one {@link Climb} per call (the scans and
 * their state are shared with {@link LocalSearch}).
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
    Climb c = new Climb(n, chem, deg, maxT, maxI, alpha, beta);
    long best = 0;
    double bestLoss = Double.POSITIVE_INFINITY;
    long evals = 0;
    int moves = 0;
    for (long start : starts) {
      c.moveTo(start);
      while (c.size != size) {
        int pick = -1;
        double pickLoss = Double.POSITIVE_INFINITY;
        boolean shrink = c.size > size;
        for (long m = shrink ? c.set : ~c.set & c.all; m != 0; m &= m - 1) {
          int i = Long.numberOfTrailingZeros(m);
          double l = shrink ? c.lossWithout(i) : c.lossWith(i);
          evals++;
          if (pick < 0 || l < pickLoss - c.tol) {
            pick = i;
            pickLoss = l;
          }
        }
        c.moveTo(c.set ^ 1L << pick);
      }
      evals++;
      if (c.loss < bestLoss - c.tol) {
        best = c.set;
        bestLoss = c.loss;
      }
      for (int it = 0; it < iters; it++) {
        c.clearNext();
        c.scanSwaps();
        if (!c.nextImproves()) {
          break;
        }
        moves++;
        c.moveTo(c.next);
        if (c.loss < bestLoss - c.tol) {
          best = c.set;
          bestLoss = c.loss;
        }
      }
    }
    if (counters != null) {
      counters[LocalSearch.EVALUATIONS] += evals + c.evaluations;
      counters[LocalSearch.MOVES] += moves;
    }
    return best;
  }
}
