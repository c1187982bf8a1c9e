package dev.llmchem.engine.recommend;

/**
 * The pieces of the RECOMMEND loss (SPEC section 7, steps 2, 3 and 5) on a dense symmetric
 * {@code n x n} row-major chemistry matrix with a zero diagonal.
 *
 * <p>Summation orders are fixed (ascending indices) so that every caller gets the same bits:
 * <ul>
 *   <li>intra(X): pairs i &lt; j of X, i outer ascending, j inner ascending;
 *   <li>inter(X): a in X ascending outer, b in S \ X ascending inner;
 *   <li>maxT: all pairs i &lt; j, i outer.
 * </ul>
 * The incremental rules used by the searches (all O(1) given {@code w[s]} = sum of chem from s
 * to the members of X, and {@code deg[s]}): adding m gives intra + w[m] and
 * inter + deg[m] - 2 w[m]; removing r gives intra - w[r] and inter - deg[r] + 2 w[r];
 * swapping r out and m in gives intra - w[r] + w[m] - c and
 * inter - deg[r] + 2 w[r] + deg[m] - 2 (w[m] - c), with c = chem(r, m).
 * Stateless, thread-safe, allocation-free unless stated.
 */
public final class LossKernel {
  private LossKernel() { }

  /**
   * Relative rounding tolerance, {@code 1e-12}: two losses closer than
   * {@code ROUNDING_TOL * max(1, maxT)} are equal for the searches (the first scanned stays),
   * and a slack counts as negative only below minus that amount. maxI &lt;= maxT, so maxT bounds
   * every partial sum, whose rounding error is ~1e-16 of it. Without a tolerance, sets whose
   * losses are equal in real arithmetic (common: two models linked only to each other are
   * interchangeable; X = S gives maxT - intra = 0; X = a greedy half gives maxI - inter = 0)
   * would be ranked, or declared infeasible, by the summation order, and an O(1) incremental
   * evaluation could decide differently from a full recomputation.
   */
  public static final double ROUNDING_TOL = 1e-12;

  /** The absolute tolerance for a given maxT: {@code ROUNDING_TOL * max(1, maxT)}. */
  public static double tolerance(double maxT) {
    return ROUNDING_TOL * Math.max(1.0, maxT);
  }

  /**
   * The loss from its parts: +infinity when {@code maxT - intra} or {@code maxI - inter} is
   * negative (beyond {@link #tolerance}), else
   * {@code alpha (maxI - inter) + (1 - alpha)(maxT - intra) + beta size}, evaluated left to
   * right like the reference.
   */
  public static double loss(double intra, double inter, double maxT, double maxI, int size,
      double alpha, double beta) {
    double lIntra = maxT - intra;
    double lInter = maxI - inter;
    double tol = -tolerance(maxT);
    if (lIntra < tol || lInter < tol) {
      return Double.POSITIVE_INFINITY;
    }
    return alpha * lInter + (1 - alpha) * lIntra + beta * size;
  }

  /** maxT: the sum of chem over all unordered pairs. */
  public static double maxTotal(int n, double[] chem) {
    double s = 0.0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        s += chem[i * n + j];
      }
    }
    return s;
  }

  /** degree(s) = sum over t != s of chem(s, t), t ascending, into {@code out[0..n)}. */
  public static void degrees(int n, double[] chem, double[] out) {
    for (int s = 0; s < n; s++) {
      double d = 0.0;
      for (int t = 0; t < n; t++) {
        if (t != s) {
          d += chem[s * n + t];
        }
      }
      out[s] = d;
    }
  }

  /**
   * maxI, the reference's greedy split: models ordered by degree descending, equal degrees by
   * index ascending (= name ascending); even positions form A, odd positions B; the sum of
   * chem(a, b) over a in A (position order) and b in B (position order). Allocates O(n).
   */
  public static double maxInter(int n, double[] chem, double[] deg) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // insertion sort: stable, n <= 64
    for (int i = 1; i < n; i++) {
      int x = order[i];
      int j = i - 1;
      while (j >= 0 && deg[order[j]] < deg[x]) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = x;
    }
    double s = 0.0;
    for (int pa = 0; pa < n; pa += 2) {
      int a = order[pa];
      for (int pb = 1; pb < n; pb += 2) {
        s += chem[a * n + order[pb]];
      }
    }
    return s;
  }

  /** intra(X) in the fixed pair order. */
  public static double intra(int n, double[] chem, long mask) {
    double s = 0.0;
    for (long a = mask; a != 0; a &= a - 1) {
      int i = Long.numberOfTrailingZeros(a);
      for (long b = a & (a - 1); b != 0; b &= b - 1) {
        s += chem[i * n + Long.numberOfTrailingZeros(b)];
      }
    }
    return s;
  }

  /** inter(X) in the fixed order (a in X outer, b in S \ X inner). */
  public static double inter(int n, double[] chem, long mask) {
    long out = ~mask & Masks.all(n);
    double s = 0.0;
    for (long a = mask; a != 0; a &= a - 1) {
      int i = Long.numberOfTrailingZeros(a);
      for (long b = out; b != 0; b &= b - 1) {
        s += chem[i * n + Long.numberOfTrailingZeros(b)];
      }
    }
    return s;
  }

  /** The loss of X by full recomputation of intra and inter (O(n |X|)). */
  public static double lossOf(int n, double[] chem, long mask, double maxT, double maxI,
      double alpha, double beta) {
    return loss(intra(n, chem, mask), inter(n, chem, mask), maxT, maxI, Long.bitCount(mask),
        alpha, beta);
  }

  /** {@code w[s]} = sum of chem(s, t) over t in X, for every s (t ascending). */
  public static void memberSums(int n, double[] chem, long mask, double[] w) {
    for (int s = 0; s < n; s++) {
      double x = 0.0;
      for (long b = mask; b != 0; b &= b - 1) {
        x += chem[s * n + Long.numberOfTrailingZeros(b)];
      }
      w[s] = x;
    }
  }

  /** True when some pair inside X has chem &gt; 0 (the filter of step 4). */
  public static boolean hasPositivePair(int n, double[] chem, long mask) {
    for (long a = mask; a != 0; a &= a - 1) {
      int i = Long.numberOfTrailingZeros(a);
      for (long b = a & (a - 1); b != 0; b &= b - 1) {
        if (chem[i * n + Long.numberOfTrailingZeros(b)] > 0) {
          return true;
        }
      }
    }
    return false;
  }
}
