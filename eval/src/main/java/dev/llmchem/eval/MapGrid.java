package dev.llmchem.eval;

import dev.llmchem.engine.control.ProgressListener;
import java.util.stream.IntStream;

/**
 * The chemistry-map kernel: the same values as {@link NaiveMapGrid} in O(grid^2 * M) instead
 * of O(grid^2 * M^2), rows in parallel, on primitive arrays.
 *
 * <p>Incremental forms, exact in real arithmetic (the tests hold the two to 1e-12):
 * Rao's Q of E + x needs only the distances from x to E, since the ordered-pair sum grows by
 * twice their sum; the hypervolume of E + x is HV(E) plus the part of the box [ref, x] above
 * E's staircase, integrated over the staircase's O(M) steps (E's skyline is computed once).
 */
public final class MapGrid {
  private MapGrid() { }

  /**
   * The map of the ensemble (x, y) on a grid x grid lattice over {@code box}; rows run on the
   * common pool when {@code parallel}; progress advances by one per grid row.
   */
  public static ChemistryMap compute(double[] x, double[] y, Box box, int grid, double alpha,
      boolean parallel, ProgressListener progress) {
    if (grid < 2) {
      throw new IllegalArgumentException("grid must be at least 2, got " + grid);
    }
    int m = x.length;
    double area = box.area();
    double diagonal = box.diagonal();
    double hv0Abs = Hypervolume.absolute(x, y, m, box);
    double hv0 = area == 0.0 ? 0.0 : hv0Abs / area;
    double sum0 = RaoQ.pairDistanceSum(x, y, m);
    double rao0 = RaoQ.normalizedFromSum(sum0, m, diagonal);
    double ci0 = Complementarity.combine(hv0, rao0, alpha);
    double[][] sky = Hypervolume.skyline(x, y, m, box);
    double[] xs = ChemistryMap.linspace(box.refX(), box.boundX(), grid);
    double[] ys = ChemistryMap.linspace(box.refY(), box.boundY(), grid);
    double[] dHv = new double[grid * grid];
    double[] dRao = new double[grid * grid];
    double[] dCi = new double[grid * grid];
    IntStream rows = IntStream.range(0, grid);
    (parallel ? rows.parallel() : rows).forEach(i -> {
      double gy = ys[i];
      double cy = Math.min(Math.max(gy, box.refY()), box.boundY());
      for (int j = 0; j < grid; j++) {
        double gx = xs[j];
        double dist = 0.0;
        for (int k = 0; k < m; k++) {
          double dx = x[k] - gx;
          double dy = y[k] - gy;
          dist += Math.sqrt(dx * dx + dy * dy);
        }
        double rao1 = RaoQ.normalizedFromSum(sum0 + 2.0 * dist, m + 1, diagonal);
        double cx = Math.min(Math.max(gx, box.refX()), box.boundX());
        double hv1Abs = Math.min(Math.max(hv0Abs + added(sky, cx, cy, box), 0.0), area);
        double hv1 = area == 0.0 ? 0.0 : hv1Abs / area;
        int at = i * grid + j;
        dHv[at] = hv1 - hv0;
        dRao[at] = rao1 - rao0;
        dCi[at] = Complementarity.combine(hv1, rao1, alpha) - ci0;
      }
      progress.advance(1);
    });
    return new ChemistryMap(grid, box, alpha, x, y, hv0, rao0, ci0, dHv, dRao,
        dCi);
  }

  /**
   * Area of [ref, (cx, cy)] not yet dominated by the staircase {@code sky} (x descending,
   * y non-decreasing): walking left from cx, the staircase has height ref.y right of x_1,
   * y_j between x_{j+1} and x_j, and y_k left of x_k.
   */
  static double added(double[][] sky, double cx, double cy, Box box) {
    double[] sx = sky[0];
    double[] sy = sky[1];
    double hi = cx;
    double h = box.refY();
    double area = 0.0;
    for (int j = 0; j < sx.length; j++) {
      if (hi > sx[j]) {
        area += (hi - sx[j]) * Math.max(0.0, cy - h);
        hi = sx[j];
      }
      h = Math.max(h, sy[j]);
      if (h >= cy) {
        return area;
      }
    }
    if (hi > box.refX()) {
      area += (hi - box.refX()) * (cy - h);
    }
    return area;
  }
}
