package dev.llmchem.engine.cheme;

/** Validation of a caller's cost table (one pass, no allocation). */
final class TableCheck {
  private TableCheck() { }

  /** Flag of {@link #scan}: some cell is 0 (the kernels must run the zero-cost test). */
  static final int ZERO = 1;
  /** Flag of {@link #scan}: every non-zero cost lies in [2^-200, 2^200]. */
  static final int MODERATE = 2;

  /**
   * Checks length 2^u and that every cell is finite and >= 0 (-0.0 allowed, counts as 0).
   *
   * @return whether some cell is 0 (then the kernels must run the zero-cost test)
   * @throws IllegalArgumentException naming the first bad cell
   */
  static boolean validate(double[] cost, int u) {
    return (scan(cost, u) & ZERO) != 0;
  }

  /** As {@link #validate}, returning {@link #ZERO} | {@link #MODERATE} (one pass). */
  static int scan(double[] cost, int u) {
    if (u < 0 || u > DenseCheme.MAX_U) {
      throw new IllegalArgumentException("|U| = " + u + " is outside 0.." + DenseCheme.MAX_U
          + " for the dense kernel (a table of 2^" + u + " doubles = " + (8L << u) + " bytes)");
    }
    if (cost.length != 1 << u) {
      throw new IllegalArgumentException("cost table length " + cost.length + " != 2^|U| = "
          + (1L << u));
    }
    boolean zero = false;
    boolean extreme = false;
    for (int from = 0; from < cost.length; from += CHUNK) {
      int to = Math.min(cost.length, from + CHUNK);
      double lo = Double.POSITIVE_INFINITY;
      double hi = 0;
      for (int i = from; i < to; i++) {
        lo = Math.min(lo, cost[i]); // NaN propagates: !(lo >= 0) below
        hi = Math.max(hi, cost[i]);
      }
      if (lo >= 0x1p-200 && hi <= 0x1p200) {
        continue; // the common chunk: all costs moderate, none zero or bad
      }
      int flags = scanExactly(cost, from, to);
      zero |= (flags & ZERO) != 0;
      extreme |= (flags & MODERATE) == 0;
    }
    return (zero ? ZERO : 0) | (extreme ? 0 : MODERATE);
  }

  /** Cells per min/max chunk of {@link #scan} (its vectorised reductions, 4.5x the cell loop). */
  private static final int CHUNK = 4096;

  /** The cell-by-cell scan of {@code cost[from, to)}: the oracle, and the path for chunks with
   * zeros, extreme or bad costs (it names the first bad cell). */
  static int scanExactly(double[] cost, int from, int to) {
    boolean zero = false;
    boolean extreme = false;
    for (int i = from; i < to; i++) {
      double c = cost[i];
      if (!(c >= 0) || c == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException("cost[" + i + "] = " + c
            + ": costs must be finite and >= 0");
      }
      zero |= c == 0;
      extreme |= c != 0 && (c < 0x1p-200 || c > 0x1p200);
    }
    return (zero ? ZERO : 0) | (extreme ? 0 : MODERATE);
  }
}
