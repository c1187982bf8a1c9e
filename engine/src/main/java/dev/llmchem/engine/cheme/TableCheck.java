package dev.llmchem.engine.cheme;

/** Validation of a caller's cost table (one pass, no allocation). */
final class TableCheck {
  private TableCheck() { }

  /**
   * Checks length 2^u and that every cell is finite and >= 0 (-0.0 allowed, counts as 0).
   *
   * @return whether some cell is 0 (then the kernels must run the zero-cost test)
   * @throws IllegalArgumentException naming the first bad cell
   */
  static boolean validate(double[] cost, int u) {
    if (u < 0 || u > DenseCheme.MAX_U) {
      throw new IllegalArgumentException("|U| = " + u + " is outside 0.." + DenseCheme.MAX_U
          + " for the dense kernel (a table of 2^" + u + " doubles = " + (8L << u) + " bytes)");
    }
    if (cost.length != 1 << u) {
      throw new IllegalArgumentException("cost table length " + cost.length + " != 2^|U| = "
          + (1L << u));
    }
    boolean zero = false;
    for (int i = 0; i < cost.length; i++) {
      double c = cost[i];
      if (!(c >= 0) || c == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException("cost[" + i + "] = " + c
            + ": costs must be finite and >= 0");
      }
      zero |= c == 0;
    }
    return zero;
  }
}
