package dev.llmchem.engine.interaction;

import java.util.Locale;

/**
 * A pairwise interaction index of cooperative game theory, over the players U with
 * v(X) = cost(X): the average, over the contexts X ⊆ U \ {i, j}, of the second difference
 * Δ_ij v(X) = v(X+i+j) - v(X+i) - v(X+j) + v(X), weighted by a function of |X| only.
 *
 * <p>Both indices are probabilistic values: the weight of a context of size k is the
 * probability of one given k-subset when each of the n - 2 other players joins independently
 * with probability t, with t uniform on [0, 1] (Shapley: k! (n-k-2)! / (n-1)!) or t = 1/2
 * (Banzhaf: 1 / 2^(n-2)). The weights of all contexts sum to 1. In the Moebius basis m of v
 * the same indices are I(i, j) = sum over T ⊇ {i, j} of m(T) * {@link #moebiusWeight}(|T|).
 */
public enum InteractionIndex {
  /** The Shapley interaction index (Grabisch 1997). */
  SHAPLEY,
  /** The Banzhaf interaction index (Roubens 1996). */
  BANZHAF;

  /** The name used on the command line and as the JSON key: "shapley", "banzhaf". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The index named {@code s} (case-insensitive), or an exception listing the names. */
  public static InteractionIndex parse(String s) {
    for (InteractionIndex i : values()) {
      if (i.label().equalsIgnoreCase(s.trim())) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown interaction index '" + s
        + "'; expected shapley or banzhaf");
  }

  /**
   * The weight of one context X of size {@code k} (0 &lt;= k &lt;= n - 2) among n players;
   * 0 for any other k.
   */
  public double contextWeight(int n, int k) {
    if (n < 2 || k < 0 || k > n - 2) {
      return 0.0;
    }
    if (this == BANZHAF) {
      return Math.scalb(1.0, -(n - 2));
    }
    // k! (n-k-2)! / (n-1)! = 1 / ((n-1) C(n-2, k)); C(n-2, k) as a product of ratios
    double c = 1.0;
    int kk = Math.min(k, n - 2 - k);
    for (int t = 1; t <= kk; t++) {
      c = c * (n - 2 - kk + t) / t;
    }
    return 1.0 / ((n - 1) * c);
  }

  /** {@link #contextWeight} for k = 0 .. n - 2 (an array of n - 1 weights; empty for n &lt; 2). */
  public double[] contextWeights(int n) {
    double[] w = new double[Math.max(0, n - 1)];
    for (int k = 0; k < w.length; k++) {
      w[k] = contextWeight(n, k);
    }
    return w;
  }

  /**
   * The factor of a Moebius coefficient m(T), |T| = t &gt;= 2, in every pair inside T:
   * 1 / (t - 1) (Shapley) or 1 / 2^(t - 2) (Banzhaf); 0 for t &lt; 2.
   */
  public double moebiusWeight(int t) {
    if (t < 2) {
      return 0.0;
    }
    return this == SHAPLEY ? 1.0 / (t - 1) : Math.scalb(1.0, -(t - 2));
  }
}
