package dev.llmchem.eval;

import java.util.Arrays;

/**
 * The naive twin of {@link MapGrid} (the test oracle): for every grid point it appends the
 * point to the ensemble and recomputes HV, Rao's Q and CI from scratch, exactly as the
 * reference's {@code build_maps} does. O(grid^2 * M^2), one thread.
 */
public final class NaiveMapGrid {
  private NaiveMapGrid() { }

  /** The map of the ensemble (x, y) on a grid x grid lattice over {@code box}. */
  public static ChemistryMap compute(double[] x, double[] y, Box box, int grid, double alpha) {
    int m = x.length;
    double hv0 = Hypervolume.normalized(x, y, m, box);
    double rao0 = RaoQ.normalized(x, y, m, box);
    double ci0 = Complementarity.index(x, y, m, box, alpha);
    double[] xs = ChemistryMap.linspace(box.refX(), box.boundX(), grid);
    double[] ys = ChemistryMap.linspace(box.refY(), box.boundY(), grid);
    double[] px = Arrays.copyOf(x, m + 1);
    double[] py = Arrays.copyOf(y, m + 1);
    double[] dHv = new double[grid * grid];
    double[] dRao = new double[grid * grid];
    double[] dCi = new double[grid * grid];
    for (int i = 0; i < grid; i++) {
      for (int j = 0; j < grid; j++) {
        px[m] = xs[j];
        py[m] = ys[i];
        int k = i * grid + j;
        dHv[k] = Hypervolume.normalized(px, py, m + 1, box) - hv0;
        dRao[k] = RaoQ.normalized(px, py, m + 1, box) - rao0;
        dCi[k] = Complementarity.index(px, py, m + 1, box, alpha) - ci0;
      }
    }
    return new ChemistryMap(grid, box, alpha, x, y, hv0, rao0, ci0, dHv, dRao,
        dCi);
  }
}
