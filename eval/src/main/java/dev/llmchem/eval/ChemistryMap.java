package dev.llmchem.eval;

/**
 * A chemistry map (paper Figures 3-5, reference {@code maps.build_maps}): for an ensemble E
 * and every point x of a grid x grid lattice over the box (both ends included, as numpy's
 * linspace), the gain from adding one more member at x: dCI(x) = CI(E + x) - CI(E), with its
 * two parts dHV and dRao. Arrays are row-major with row = quality index, column = accuracy
 * index: value (i, j) at accuracy xs[j], quality ys[i] is at {@code i * grid + j}.
 *
 * @param grid resolution (points per axis)
 * @param box the box the index is measured in (and the grid spans)
 * @param alpha weight of the hypervolume
 * @param x accuracy of the ensemble's members
 * @param y quality of the members (in the scale used)
 * @param hv0 HV_norm(E)
 * @param rao0 RaoQ_norm(E)
 * @param ci0 CI(E)
 * @param dHv hypervolume gain per grid point
 * @param dRao Rao's Q gain per grid point
 * @param dCi complementarity gain per grid point
 */
public record ChemistryMap(int grid, Box box, double alpha, double[] x, double[] y, double hv0,
    double rao0, double ci0, double[] dHv, double[] dRao, double[] dCi) {

  /** The grid's accuracy values (numpy linspace: ref + k * step, last = bound exactly). */
  public double[] xs() {
    return linspace(box.refX(), box.boundX(), grid);
  }

  /** The grid's quality values. */
  public double[] ys() {
    return linspace(box.refY(), box.boundY(), grid);
  }

  /** The members' centroid (accuracy, quality). */
  public double[] centroid() {
    return new double[] {Stats.mean(x), Stats.mean(y)};
  }

  /** numpy's {@code linspace(a, b, n)} with the end point. */
  public static double[] linspace(double a, double b, int n) {
    double[] v = new double[n];
    if (n == 1) {
      v[0] = a;
      return v;
    }
    double step = (b - a) / (n - 1);
    for (int k = 0; k < n; k++) {
      v[k] = a + k * step;
    }
    v[n - 1] = b;
    return v;
  }
}
