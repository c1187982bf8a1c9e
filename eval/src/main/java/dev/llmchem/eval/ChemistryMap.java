package dev.llmchem.eval;

/**
 * A chemistry map (paper Figures 3-5, reference {@code maps.build_maps}): for an ensemble E
 * and every point x of a grid x grid lattice over the box (both ends included, as numpy's
 * linspace), the gain from adding one more member at x: dCI(x) = CI(E + x) - CI(E), with its
 * two parts dHV and dRao. Arrays are row-major with row = quality index, column = accuracy
 * index: value (i, j) at accuracy xs[j], quality ys[i] is at {@code i * grid + j}.
 * Immutable: the constructor copies the arrays, the array accessors return copies, and the
 * per-index accessors ({@link #dCi(int)}, {@link #x(int)}, ...) read one value.
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

  /** Copies the arrays. */
  public ChemistryMap {
    x = x.clone();
    y = y.clone();
    dHv = dHv.clone();
    dRao = dRao.clone();
    dCi = dCi.clone();
  }

  /** Number of members of the ensemble. */
  public int members() {
    return x.length;
  }

  /** Accuracy of member {@code k}. */
  public double x(int k) {
    return x[k];
  }

  /** Quality of member {@code k} (in the scale used). */
  public double y(int k) {
    return y[k];
  }

  /** Hypervolume gain at grid point {@code k = i * grid + j}. */
  public double dHv(int k) {
    return dHv[k];
  }

  /** Rao's Q gain at grid point {@code k = i * grid + j}. */
  public double dRao(int k) {
    return dRao[k];
  }

  /** Complementarity gain at grid point {@code k = i * grid + j}. */
  public double dCi(int k) {
    return dCi[k];
  }

  /** Accuracy of each member (a copy). */
  @Override
  public double[] x() {
    return x.clone();
  }

  /** Quality of each member (a copy). */
  @Override
  public double[] y() {
    return y.clone();
  }

  /** Hypervolume gain per grid point (a copy). */
  @Override
  public double[] dHv() {
    return dHv.clone();
  }

  /** Rao's Q gain per grid point (a copy). */
  @Override
  public double[] dRao() {
    return dRao.clone();
  }

  /** Complementarity gain per grid point (a copy). */
  @Override
  public double[] dCi() {
    return dCi.clone();
  }

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
