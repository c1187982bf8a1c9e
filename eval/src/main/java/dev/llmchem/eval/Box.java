package dev.llmchem.eval;

import java.util.List;

/**
 * The rectangle [ref, bounds] of the (accuracy, quality) plane in which the complementarity
 * index measures points: the hypervolume is clipped to it and divided by its area, Rao's Q is
 * divided by its diagonal.
 *
 * @param refX reference point, accuracy
 * @param refY reference point, quality
 * @param boundX upper bound, accuracy
 * @param boundY upper bound, quality
 */
public record Box(double refX, double refY, double boundX, double boundY) {
  /** [0,1]^2: the reference's default. */
  public static final Box UNIT = new Box(0, 0, 1, 1);

  /** Area of the box, 0 when it is empty (the reference's {@code max(0, dx * dy)}). */
  public double area() {
    return Math.max(0.0, (boundX - refX) * (boundY - refY));
  }

  /** Diagonal with negative sides counted as 0 (as the reference's Rao normalisation). */
  public double diagonal() {
    double dx = Math.max(0.0, boundX - refX);
    double dy = Math.max(0.0, boundY - refY);
    return Math.sqrt(dx * dx + dy * dy);
  }

  /**
   * The reference maps script's task-wide box: the extent of every point of every
   * configuration widened by 1% of its range (at least 1e-6) on each side, then clipped to
   * [0,1]^2. With raw 0-10 quality the quality bound is therefore 1.
   *
   * @param pointSets pairs (x[], y[]) of accuracy and quality per configuration
   */
  public static Box taskWide(List<double[][]> pointSets) {
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (double[][] p : pointSets) {
      for (int i = 0; i < p[0].length; i++) {
        minX = Math.min(minX, p[0][i]);
        maxX = Math.max(maxX, p[0][i]);
        minY = Math.min(minY, p[1][i]);
        maxY = Math.max(maxY, p[1][i]);
      }
    }
    if (minX > maxX) {
      return UNIT;
    }
    double ex = 0.01 * Math.max(1e-6, maxX - minX);
    double ey = 0.01 * Math.max(1e-6, maxY - minY);
    return new Box(Math.max(0.0, minX - ex), Math.max(0.0, minY - ey),
        Math.min(1.0, maxX + ex), Math.min(1.0, maxY + ey));
  }
}
