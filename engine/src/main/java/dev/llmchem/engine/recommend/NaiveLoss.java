package dev.llmchem.engine.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Naive twin of {@link LossKernel}, written straight from SPEC section 7 with lists and
 * explicit sorting; a test oracle, not for production. Stateless and thread-safe; allocates.
 */
public final class NaiveLoss {
  private NaiveLoss() { }

  /** maxT: sum over unordered pairs of S. */
  public static double maxTotal(int n, double[] chem) {
    double s = 0.0;
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        s += chem[a * n + b];
      }
    }
    return s;
  }

  /** degree(s) = sum over t != s of chem(s, t). */
  public static double degree(int n, double[] chem, int s) {
    double d = 0.0;
    for (int t = 0; t < n; t++) {
      if (t != s) {
        d += chem[s * n + t];
      }
    }
    return d;
  }

  /** maxI by the greedy split, degree descending then name (index) ascending. */
  public static double maxInter(int n, double[] chem) {
    List<Integer> order = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      order.add(s);
    }
    order.sort(Comparator.<Integer>comparingDouble(s -> -degree(n, chem, s))
        .thenComparingInt(s -> s));
    List<Integer> a = new ArrayList<>();
    List<Integer> b = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      (p % 2 == 0 ? a : b).add(order.get(p));
    }
    double s = 0.0;
    for (int x : a) {
      for (int y : b) {
        s += chem[x * n + y];
      }
    }
    return s;
  }

  /** loss(X) by full recomputation; +infinity when infeasible. */
  public static double loss(int n, double[] chem, long mask, double maxT, double maxI,
      double alpha, double beta) {
    List<Integer> x = new ArrayList<>();
    List<Integer> rest = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      ((mask >>> s & 1L) != 0 ? x : rest).add(s);
    }
    double intra = 0.0;
    for (int i = 0; i < x.size(); i++) {
      for (int j = i + 1; j < x.size(); j++) {
        intra += chem[x.get(i) * n + x.get(j)];
      }
    }
    double inter = 0.0;
    for (int a : x) {
      for (int b : rest) {
        inter += chem[a * n + b];
      }
    }
    double lIntra = maxT - intra;
    double lInter = maxI - inter;
    double tol = LossKernel.ROUNDING_TOL * Math.max(1.0, maxT);
    if (lIntra < -tol || lInter < -tol) {
      return Double.POSITIVE_INFINITY;
    }
    return alpha * lInter + (1 - alpha) * lIntra + beta * x.size();
  }
}
