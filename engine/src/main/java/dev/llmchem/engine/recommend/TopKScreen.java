package dev.llmchem.engine.recommend;

import java.util.Arrays;

/**
 * The constants and low-half tables of one top-k search ({@link TopKSearch}). With
 * c3 = 2 alpha - (1 - alpha) and inter = deg - 2 intra, the loss of X = H + L is the same real
 * number as the screen
 * <pre>  s(H, L) = a(H) + g(L) + c3 cross(H, L),
 *   a(H) = alpha maxI + (1 - alpha) maxT - alpha deg(H) + c3 intra(H) + beta |H|,
 *   g(L) = -alpha deg(L) + c3 intra(L) + beta |L|,</pre>
 * and with L split into an upper part L1 and a lower part L2 of the low bits,
 * g(L) = g(L1) + g(L2) + c3 x(L1, L2), x = the chemistry between the parts, which lies in
 * [0, x(L1, all lower bits)]: the lower bounds that let the search skip a whole H or L1.
 * Immutable once built.
 */
final class TopKScreen {
  final ExactSearch.Tables t;
  final double alpha;
  final double beta;
  final double maxT;
  final double maxI;
  final double c3;
  /** alpha maxI + (1 - alpha) maxT. */
  final double base;
  /** The rounding bound ({@link #bound}). */
  final double eps;
  /** An approximate inter slack below this is infeasible in any summation order. */
  final double infeasible;
  /** Allowed set sizes: minCount..maxCount. */
  final int minCount;
  final int maxCount;
  /** Bits of the lower part L2 (the inner loop) and of the upper part L1. */
  final int q;
  final int r;
  /** g(L) for every L of the low half. */
  final double[] g;
  /** c3 x(L1, all lower bits) when c3 &lt; 0 (the least value of c3 x), else 0; by L1. */
  final double[] xLeast;

  TopKScreen(ExactSearch.Tables t, RecommendProblem p, RecommendParams params, int size) {
    this.t = t;
    int n = t.n;
    alpha = params.alpha();
    beta = params.beta();
    maxT = p.maxT;
    maxI = p.maxI;
    c3 = 2 * alpha - (1 - alpha);
    base = alpha * maxI + (1 - alpha) * maxT;
    minCount = size > 0 ? size : params.minSize();
    maxCount = size > 0 ? size : n;
    eps = bound(n, maxT, beta);
    infeasible = -LossKernel.tolerance(maxT) - eps;
    q = t.k / 2;
    r = t.k - q;
    int lows = 1 << t.k;
    g = new double[lows];
    for (int l = 0; l < lows; l++) {
      g[l] = -alpha * t.degL[l] + c3 * t.intraL[l] + beta * Integer.bitCount(l);
    }
    xLeast = new double[1 << r];
    if (c3 < 0) {
      int all2 = (1 << q) - 1;
      for (int l1 = 0; l1 < 1 << r; l1++) {
        int l = l1 << q;
        xLeast[l1] = c3 * (t.intraL[l | all2] - t.intraL[l] - t.intraL[all2]);
      }
    }
  }

  /**
   * A bound on |screen - exact| + |full - exact| plus the rounding of the bounds compared with
   * it. Every partial sum is of non-negative chemistry terms bounded by maxT (intra, inter, a
   * half of a degree sum) or of at most n size terms; each value is formed by at most
   * n^2 + 8n + 512 roundings of relative size 2^-53 on magnitudes at most 6 (maxT + |beta| n).
   * The factor 64 leaves a wide margin: a larger bound only costs a few more recomputations.
   */
  static double bound(int n, double maxT, double beta) {
    double magnitude = Math.max(maxT, 0.0) + Math.abs(beta) * n + 1.0;
    return 64.0 * (n * n + 8 * n + 512) * Math.ulp(1.0) / 2 * magnitude;
  }

  /** Fills {@code least[c]} with the least of {@code f} over the indices with c bits. */
  static void leastByCount(double[] f, int bits, double[] least) {
    Arrays.fill(least, 0, bits + 1, Double.POSITIVE_INFINITY);
    for (int l = 0; l < 1 << bits; l++) {
      int c = Integer.bitCount(l);
      least[c] = Math.min(least[c], f[l]);
    }
  }

  /** The least of {@code least[lo..hi]}. */
  static double least(double[] least, int lo, int hi) {
    double m = Double.POSITIVE_INFINITY;
    for (int c = lo; c <= hi; c++) {
      m = Math.min(m, least[c]);
    }
    return m;
  }
}
