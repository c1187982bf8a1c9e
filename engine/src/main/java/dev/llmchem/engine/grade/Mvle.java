package dev.llmchem.engine.grade;

import java.util.Arrays;

/**
 * The Minimum Variance Linear Estimator of SPEC section 8 on parallel primitive arrays: grade
 * {@code k} is {@code grade[k]} given by reviewer {@code reviewer[k]} to answer
 * {@code answer[k]}. Each round costs O(grades); memory is O(answers + reviewers) doubles.
 * {@link NaiveMvle} is the oracle. Stateless and thread-safe; the inputs are only read.
 */
public final class Mvle {
  /** Grades lie in [0, MAX_GRADE]. */
  public static final double MAX_GRADE = 10.0;

  private Mvle() { }

  /**
   * Runs the estimator. Start: every reviewer has variance 1 (so round 1's consensus is the
   * plain mean). Each round: (i) consensus of each answer = inverse-variance weighted mean of
   * its grades; (ii) variance of each reviewer = max(floor, mean squared deviation of its
   * grades from (i)). Stops when no consensus moved more than the tolerance, or at the limit.
   * A repeated (answer, reviewer) pair counts as two grades.
   *
   * @param answers number of answers (indices in [0, answers))
   * @param reviewers number of reviewers (indices in [0, reviewers))
   * @throws IllegalArgumentException on arrays of different lengths, an index out of range, or
   *     a grade that is NaN or outside [0, 10] (the message names the grade's position)
   */
  public static MvleResult solve(int answers, int reviewers, int[] answer, int[] reviewer,
      double[] grade, MvleParams params) {
    check(answers, reviewers, answer, reviewer, grade);
    int n = grade.length;
    double[] weight = new double[reviewers];
    int[] graded = new int[reviewers];
    for (int k = 0; k < n; k++) {
      graded[reviewer[k]]++;
    }
    for (int j = 0; j < reviewers; j++) {
      weight[j] = graded[j] > 0 ? 1.0 : 0.0;
    }
    double[] consensus = new double[answers];
    double[] num = new double[answers];
    double[] den = new double[answers];
    double[] variance = new double[reviewers];
    double[] squares = new double[reviewers];
    double change = Double.NaN;
    int round = 0;
    boolean converged = false;
    while (round < params.maxIterations() && !converged) {
      round++;
      weightedMeans(answer, reviewer, grade, weight, num, den);
      change = 0;
      for (int i = 0; i < answers; i++) {
        double c = den[i] > 0 ? num[i] / den[i] : Double.NaN;
        if (den[i] > 0) {
          change = Math.max(change, Math.abs(c - consensus[i]));
        }
        consensus[i] = c;
      }
      if (round == 1) {
        change = Double.NaN;
      }
      Arrays.fill(squares, 0.0);
      for (int k = 0; k < n; k++) {
        double d = grade[k] - consensus[answer[k]];
        squares[reviewer[k]] += d * d;
      }
      for (int j = 0; j < reviewers; j++) {
        variance[j] = graded[j] > 0
            ? Math.max(params.varianceFloor(), squares[j] / graded[j]) : Double.NaN;
        weight[j] = graded[j] > 0 ? 1.0 / variance[j] : 0.0;
      }
      converged = change <= params.tolerance();
    }
    weightedMeans(answer, reviewer, grade, weight, num, den);
    double[] consensusVariance = new double[answers];
    for (int i = 0; i < answers; i++) {
      consensusVariance[i] = den[i] > 0 ? 1.0 / den[i] : Double.NaN;
    }
    return new MvleResult(consensus, consensusVariance, variance, graded, round, converged,
        change);
  }

  /** num[i] = sum of w*g over answer i's grades, den[i] = sum of w. */
  private static void weightedMeans(int[] answer, int[] reviewer, double[] grade,
      double[] weight, double[] num, double[] den) {
    Arrays.fill(num, 0.0);
    Arrays.fill(den, 0.0);
    for (int k = 0; k < grade.length; k++) {
      double w = weight[reviewer[k]];
      num[answer[k]] += w * grade[k];
      den[answer[k]] += w;
    }
  }

  /** Shared argument checks (also used by {@link NaiveMvle}). */
  static void check(int answers, int reviewers, int[] answer, int[] reviewer, double[] grade) {
    if (answers < 0 || reviewers < 0) {
      throw new IllegalArgumentException("negative size: " + answers + " answers, "
          + reviewers + " reviewers");
    }
    if (answer.length != grade.length || reviewer.length != grade.length) {
      throw new IllegalArgumentException("arrays differ in length: answer " + answer.length
          + ", reviewer " + reviewer.length + ", grade " + grade.length);
    }
    for (int k = 0; k < grade.length; k++) {
      if (answer[k] < 0 || answer[k] >= answers) {
        throw new IllegalArgumentException("grade " + k + ": answer index " + answer[k]
            + " outside [0, " + answers + ")");
      }
      if (reviewer[k] < 0 || reviewer[k] >= reviewers) {
        throw new IllegalArgumentException("grade " + k + ": reviewer index " + reviewer[k]
            + " outside [0, " + reviewers + ")");
      }
      if (!(grade[k] >= 0 && grade[k] <= MAX_GRADE)) {
        throw new IllegalArgumentException("grade " + k + " is " + grade[k]
            + ", outside [0, 10]");
      }
    }
  }
}
