package dev.llmchem.engine.grade;

/**
 * Iteration settings of the MVLE (SPEC section 8). Immutable and thread-safe.
 *
 * @param tolerance stop when no consensus grade moved by more than this between two rounds,
 *     in grade points (&gt; 0); default {@link #TOLERANCE}
 * @param maxIterations at most this many rounds (&gt;= 1); default {@link #MAX_ITERATIONS}
 * @param varianceFloor least reviewer variance, in grade points squared (&gt; 0); default
 *     {@link #VARIANCE_FLOOR}
 * @param leaveOneOut false (default, SPEC section 8): a reviewer's variance is measured
 *     against the consensus, its own grade included; true (Vancouver's way, an option):
 *     against the weighted mean of the other reviewers' grades of the same answer, so a
 *     reviewer cannot vouch for itself. With few reviewers per answer the SPEC's way lets the
 *     weights run away; see package-info for figures.
 */
public record MvleParams(double tolerance, int maxIterations, double varianceFloor,
    boolean leaveOneOut) {
  /** Default tolerance: 1e-9 grade points, far below any printed precision. */
  public static final double TOLERANCE = 1e-9;
  /**
   * Default round limit. Most random instances converge in tens of rounds; near a weight
   * run-away convergence is linear and slow (up to ~600 rounds seen in tests). A round costs
   * O(grades), so a generous limit is cheap.
   */
  public static final int MAX_ITERATIONS = 10_000;
  /**
   * Default variance floor: 1/12 grade point squared, the variance of rounding a grade to an
   * integer (uniform error on [-1/2, 1/2]): a reviewer who reports whole grades cannot be
   * known to be more precise than that. It also bounds the weight ratio between two
   * reviewers of the same variance estimate, which keeps the estimator from collapsing onto
   * whichever reviewer happens to agree with the consensus it dominates.
   */
  public static final double VARIANCE_FLOOR = 1.0 / 12.0;

  /** Checks the ranges. */
  public MvleParams {
    if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("tolerance must be a positive number: " + tolerance);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("max iterations must be >= 1: " + maxIterations);
    }
    if (!(varianceFloor > 0) || Double.isInfinite(varianceFloor)) {
      throw new IllegalArgumentException("variance floor must be a positive number: "
          + varianceFloor);
    }
  }

  /** The defaults above. */
  public static MvleParams defaults() {
    return new MvleParams(TOLERANCE, MAX_ITERATIONS, VARIANCE_FLOOR, false);
  }

  /** A copy with another round limit. */
  public MvleParams withMaxIterations(int n) {
    return new MvleParams(tolerance, n, varianceFloor, leaveOneOut);
  }

  /** A copy with another variance floor. */
  public MvleParams withVarianceFloor(double floor) {
    return new MvleParams(tolerance, maxIterations, floor, leaveOneOut);
  }

  /** A copy with the leave-one-out variance switched on or off. */
  public MvleParams withLeaveOneOut(boolean on) {
    return new MvleParams(tolerance, maxIterations, varianceFloor, on);
  }
}
