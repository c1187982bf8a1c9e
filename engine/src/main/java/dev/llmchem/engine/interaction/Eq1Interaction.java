package dev.llmchem.engine.interaction;

/**
 * Both indices in closed form for the paper's Eq. 1 cost, for any n = |U| (derivation:
 * docs/interaction.md, "Exact Eq. 1"). Eq. 1 is the sum of a unit game on the empty set and
 * one game per used model m, p_m [m ∈ X] / (1 + |X ∩ before(m)|); an index is linear in the
 * game, and for a pair ranked r_i &lt; r_j (0-based) only the empty-set game, the game of j
 * and the games of the models ranked after j depend on both members. Summing their second
 * differences over the contexts with the index's weights gives
 *
 * <pre>
 *   I(i, j) = w(0) + p_j D(r_j) + sum over r_m &gt; r_j of p_m E(r_m)
 *   Shapley: w(0) = 1/(n-1), D(r) = -1/(r+1), E(r) = 1/(r(r+1))
 *   Banzhaf: w(0) = 2^-(n-2), D(r) = -(4 - (a+3) 2^-a) / ((a+1)(a+2)), a = r-1,
 *            E(r) = (8 - (1 + (a+3) + (a+3)(a+2)/2) 2^-a) / ((a+1)(a+2)(a+3)), a = r-2.
 * </pre>
 *
 * The value depends on the pair only through its lower-ranked member j. O(n) for the suffix
 * sums and O(n^2) to fill the matrix; no table. Thread-safe.
 */
public final class Eq1Interaction {
  private Eq1Interaction() { }

  /**
   * The n x n matrix (row-major, rank order, diagonal 0) of {@code index} over the Eq. 1 cost
   * of the used models with penalties {@code penalty} in rank order.
   */
  public static double[] compute(double[] penalty, InteractionIndex index) {
    int n = penalty.length;
    for (double p : penalty) {
      if (!(p >= 0) || Double.isInfinite(p)) {
        throw new IllegalArgumentException("penalties must be finite and >= 0, got " + p);
      }
    }
    double[] out = new double[n * n];
    if (n < 2) {
      return out;
    }
    double w0 = index.contextWeight(n, 0);
    double[] byLower = new double[n]; // I of a pair whose lower-ranked member has rank r
    double later = 0.0; // sum over r_m > r of p_m E(r_m)
    for (int r = n - 1; r >= 1; r--) {
      byLower[r] = w0 + penalty[r] * d(index, r) + later;
      later += r >= 2 ? penalty[r] * e(index, r) : 0.0;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        out[i * n + j] = byLower[j];
        out[j * n + i] = byLower[j];
      }
    }
    return out;
  }

  /** The factor of p_j for the lower-ranked member j at rank r &gt;= 1. */
  static double d(InteractionIndex index, int r) {
    if (index == InteractionIndex.SHAPLEY) {
      return -1.0 / (r + 1);
    }
    double a = r - 1;
    return -(4.0 - (a + 3) * Math.scalb(1.0, -(r - 1))) / ((a + 1) * (a + 2));
  }

  /** The factor of p_m for a model m at rank r &gt;= 2 ranked after both members. */
  static double e(InteractionIndex index, int r) {
    if (index == InteractionIndex.SHAPLEY) {
      return 1.0 / ((double) r * (r + 1));
    }
    double a = r - 2;
    double low = 1 + (a + 3) + (a + 3) * (a + 2) / 2;
    return (8.0 - low * Math.scalb(1.0, -(r - 2))) / ((a + 1) * (a + 2) * (a + 3));
  }
}
