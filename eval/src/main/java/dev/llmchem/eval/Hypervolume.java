package dev.llmchem.eval;

import java.util.Arrays;

/**
 * The 2-D hypervolume (S-metric) of a point set, both axes maximised: the area of the union
 * of the rectangles [ref, p] after clipping every point into the box, divided by the box's
 * area. This is the reference's {@code hypervolume_2d_normalized}: points are clipped, not
 * rescaled, so a raw 0-10 quality counts as 1 once it exceeds the bound 1.
 */
public final class Hypervolume {
  private Hypervolume() { }

  /** Normalised hypervolume of the first {@code n} points (x = accuracy, y = quality). */
  public static double normalized(double[] x, double[] y, int n, Box box) {
    double area = box.area();
    return area == 0.0 ? 0.0 : absolute(x, y, n, box) / area;
  }

  /** Dominated area of the clipped points, itself clipped to [0, box area]. */
  public static double absolute(double[] x, double[] y, int n, Box box) {
    if (n == 0) {
      return 0.0;
    }
    double[][] sky = skyline(x, y, n, box);
    double hv = 0.0;
    double xPrev = box.boundX();
    double yBest = box.refY();
    for (int k = 0; k < sky[0].length; k++) {
      if (sky[1][k] > yBest) {
        hv += (xPrev - sky[0][k]) * (yBest - box.refY());
        yBest = sky[1][k];
        xPrev = sky[0][k];
      }
    }
    hv += (xPrev - box.refX()) * (yBest - box.refY());
    return Math.min(Math.max(hv, 0.0), box.area());
  }

  /**
   * The clipped points that no other point dominates (weakly greater on both axes, strictly
   * on one), sorted by x descending (stable): {x[], y[]}. Along it y is non-decreasing, so
   * the union of the boxes has height y_k between x_{k+1} and x_k.
   */
  static double[][] skyline(double[] x, double[] y, int n, Box box) {
    double[] cx = new double[n];
    double[] cy = new double[n];
    for (int i = 0; i < n; i++) {
      cx[i] = Math.min(Math.max(x[i], box.refX()), box.boundX());
      cy[i] = Math.min(Math.max(y[i], box.refY()), box.boundY());
    }
    Integer[] keep = new Integer[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      boolean dominated = false;
      for (int j = 0; j < n && !dominated; j++) {
        dominated = cx[j] >= cx[i] && cy[j] >= cy[i] && (cx[j] > cx[i] || cy[j] > cy[i]);
      }
      if (!dominated) {
        keep[m++] = i;
      }
    }
    Integer[] order = Arrays.copyOf(keep, m);
    Arrays.sort(order, (p, q) -> Double.compare(cx[q], cx[p])); // stable merge sort
    double[][] out = new double[2][m];
    for (int k = 0; k < m; k++) {
      out[0][k] = cx[order[k]];
      out[1][k] = cy[order[k]];
    }
    return out;
  }
}
