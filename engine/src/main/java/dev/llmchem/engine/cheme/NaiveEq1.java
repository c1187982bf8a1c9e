package dev.llmchem.engine.cheme;

import dev.llmchem.engine.cost.CostKernel;

/**
 * The naive twin of {@link Eq1Pair}: for one pair of rank positions, every X ⊆ U \ {i, j}
 * priced with {@link CostKernel#eq1} and the dense kernel's term and zero-cost skip. O(2^n n)
 * per pair, for n &lt;= 24. Thread-safe; allocates O(n).
 */
public final class NaiveEq1 {
  /** Largest |U| accepted. */
  public static final int MAX_U = 24;

  private NaiveEq1() { }

  /**
   * chem of pair (i, j) (rank positions, any order) under Eq. 1 with penalties {@code p} in
   * rank order; {@code iLowS}: i is the member of smaller S index. Returns {value, witness
   * mask over rank positions} with value NaN when no X is counted; the witness is the first X
   * in mask order attaining the (unclipped) maximum.
   */
  public static double[] pair(double[] p, int i, int j, boolean iLowS) {
    int n = p.length;
    if (n > MAX_U) {
      throw new IllegalArgumentException("naive Eq. 1 pair takes |U| <= " + MAX_U);
    }
    int f = iLowS ? i : j;
    int g = iLowS ? j : i;
    double best = Double.NaN;
    long arg = -1;
    for (long x = 0; x < 1L << n; x++) {
      if ((x >>> i & 1) != 0 || (x >>> j & 1) != 0) {
        continue;
      }
      long xx = x;
      double c0 = CostKernel.eq1(p, k -> (xx >>> k & 1) != 0);
      double cf = CostKernel.eq1(p, k -> k == f || (xx >>> k & 1) != 0);
      double cg = CostKernel.eq1(p, k -> k == g || (xx >>> k & 1) != 0);
      double cab = CostKernel.eq1(p, k -> k == f || k == g || (xx >>> k & 1) != 0);
      if (c0 == 0 || cf == 0 || cg == 0 || cab == 0) {
        continue;
      }
      double d = Math.abs(cab - cf - cg + c0) / cab;
      if (Double.isNaN(best) || d > best) {
        best = d;
        arg = x;
      }
    }
    return new double[] {Double.isNaN(best) ? best : Math.min(best, 1.0), arg};
  }
}
