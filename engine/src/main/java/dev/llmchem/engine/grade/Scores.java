package dev.llmchem.engine.grade;

/**
 * From MVLE outputs to the history's columns (SPEC section 8, paper section 2.1): review
 * accuracy from a reviewer's variance, and the combined accuracy. Stateless and thread-safe.
 */
public final class Scores {
  /**
   * Scale of {@link #reviewAccuracy}, in grade points squared: a reviewer whose variance
   * exceeds the floor by this much (an RMS error of about one grade point) scores 1/2.
   */
  public static final double REVIEW_SCALE = 1.0;
  /** Weight of generation accuracy when the answer's ground truth is known. */
  public static final double WEIGHT_GENERATION_KNOWN = 0.75;
  /** Weight of generation accuracy (then 0.0, as in the paper) when it is not. */
  public static final double WEIGHT_GENERATION_UNKNOWN = 0.25;

  private Scores() { }

  /**
   * Review accuracy in (0, 1]: {@code s / (s + max(0, variance - floor))} with
   * {@code s = REVIEW_SCALE}. It is the inverse variance the paper names as the proxy,
   * made bounded: 1 at the floor (the best a reviewer can be known to be), 1/2 at
   * floor + 1, about 0.09 at floor + 10, tending to 0. Strictly decreasing above the floor.
   *
   * @param variance the reviewer's MVLE variance (grade points squared); NaN (a reviewer who
   *     graded nothing) gives NaN
   * @param floor the variance floor the MVLE used (grade points squared, &gt; 0)
   */
  public static double reviewAccuracy(double variance, double floor) {
    if (Double.isNaN(variance)) {
      return Double.NaN;
    }
    return REVIEW_SCALE / (REVIEW_SCALE + Math.max(0.0, variance - floor));
  }

  /**
   * Accuracy in [0, 1]: with ground truth {@code 0.75 * generation + 0.25 * review}; without
   * it the generation accuracy is 0.0 (paper section 2.1) and the weights swap, so the
   * result is {@code 0.25 * 0.0 + 0.75 * review}. A NaN review accuracy (the model reviewed
   * nothing) counts as 0.
   *
   * @param generationAccuracy in [0, 1], or NaN when the answer has no ground truth
   * @param reviewAccuracy in [0, 1], or NaN
   */
  public static double accuracy(double generationAccuracy, double reviewAccuracy) {
    double review = Double.isNaN(reviewAccuracy) ? 0.0 : reviewAccuracy;
    if (Double.isNaN(generationAccuracy)) {
      return WEIGHT_GENERATION_UNKNOWN * 0.0 + (1 - WEIGHT_GENERATION_UNKNOWN) * review;
    }
    return WEIGHT_GENERATION_KNOWN * generationAccuracy
        + (1 - WEIGHT_GENERATION_KNOWN) * review;
  }
}
