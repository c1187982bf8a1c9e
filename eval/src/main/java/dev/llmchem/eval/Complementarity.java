package dev.llmchem.eval;

/**
 * The complementarity index CI = alpha * HV_norm + (1 - alpha) * RaoQ_norm (paper footnote 3,
 * reference {@code metrics.complementarity_index}): coverage of the accuracy-quality plane
 * plus spread of the members. Alpha is clipped to [0, 1]; the reference uses 0.5.
 */
public final class Complementarity {
  /** The reference's weight of the hypervolume. */
  public static final double ALPHA = 0.5;

  private Complementarity() { }

  /** CI of the first {@code n} points in {@code box} with weight {@code alpha}. */
  public static double index(double[] x, double[] y, int n, Box box, double alpha) {
    return combine(Hypervolume.normalized(x, y, n, box), RaoQ.normalized(x, y, n, box), alpha);
  }

  /** CI in [0,1]^2 with alpha 0.5 (the reference's defaults). */
  public static double index(double[] x, double[] y) {
    return index(x, y, x.length, Box.UNIT, ALPHA);
  }

  /** alpha * hv + (1 - alpha) * rao with alpha clipped to [0, 1]. */
  public static double combine(double hv, double rao, double alpha) {
    double a = Math.min(Math.max(alpha, 0.0), 1.0);
    return a * hv + (1.0 - a) * rao;
  }
}
