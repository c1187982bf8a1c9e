package dev.llmchem.eval;

/**
 * Rao's quadratic entropy with uniform weights: the mean Euclidean distance over all M^2
 * ordered pairs of points, i = j included (so M points at one place give 0). The normalised
 * form divides by the box's diagonal and clips to [0, 1]; the points are not rescaled, which
 * is why the reference's raw 0-10 quality saturates it (SPEC section 9).
 */
public final class RaoQ {
  private RaoQ() { }

  /** Sum of d(p_i, p_j) over all ordered pairs (each unordered pair twice). */
  public static double pairDistanceSum(double[] x, double[] y, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double dx = x[i] - x[j];
        double dy = y[i] - y[j];
        s += Math.sqrt(dx * dx + dy * dy);
      }
    }
    return 2.0 * s;
  }

  /** Mean pairwise distance (0 for fewer than 2 points). */
  public static double mean(double[] x, double[] y, int n) {
    return n < 2 ? 0.0 : pairDistanceSum(x, y, n) / ((double) n * n);
  }

  /** Mean pairwise distance divided by the box diagonal, clipped to [0, 1]. */
  public static double normalized(double[] x, double[] y, int n, Box box) {
    return normalizedFromSum(n < 2 ? 0.0 : pairDistanceSum(x, y, n), n, box.diagonal());
  }

  /** The normalised value from a precomputed ordered-pair distance sum. */
  static double normalizedFromSum(double sum, int n, double diagonal) {
    if (n < 2 || diagonal == 0.0) {
      return 0.0;
    }
    double v = sum / ((double) n * n) / diagonal;
    return Math.min(Math.max(v, 0.0), 1.0);
  }
}
