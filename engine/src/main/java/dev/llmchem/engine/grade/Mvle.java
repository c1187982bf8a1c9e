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
    return solve(answers, reviewers, answer, reviewer, grade, params,
        dev.llmchem.engine.control.ProgressListener.NONE);
  }

  /**
   * As above; polls {@code progress.cancelled()} once per round (a round is O(grades)) and
   * stops with {@link dev.llmchem.engine.control.CancelledException}.
   */
  public static MvleResult solve(int answers, int reviewers, int[] answer, int[] reviewer,
      double[] grade, MvleParams params, dev.llmchem.engine.control.ProgressListener progress) {
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
    int[] used = new int[reviewers];
    int[] perAnswer = new int[answers];
    double[] lo = new double[answers];
    double[] hi = new double[answers];
    Arrays.fill(lo, MAX_GRADE);
    for (int k = 0; k < n; k++) {
      perAnswer[answer[k]]++;
      lo[answer[k]] = Math.min(lo[answer[k]], grade[k]);
      hi[answer[k]] = Math.max(hi[answer[k]], grade[k]);
    }
    double change = Double.NaN;
    int round = 0;
    boolean converged = false;
    while (round < params.maxIterations() && !converged) {
      if (progress.cancelled()) {
        throw new dev.llmchem.engine.control.CancelledException("MVLE over " + n + " grades, round "
            + (round + 1), Double.NaN);
      }
      round++;
      weightedMeans(answer, reviewer, grade, weight, num, den);
      change = 0;
      for (int i = 0; i < answers; i++) {
        double c = den[i] > 0 ? clamp(num[i] / den[i], lo[i], hi[i]) : Double.NaN;
        if (den[i] > 0) {
          change = Math.max(change, Math.abs(c - consensus[i]));
        }
        consensus[i] = c;
      }
      if (round == 1) {
        change = Double.NaN;
      }
      if (params.leaveOneOut()) {
        leaveOneOutVariances(answer, reviewer, grade, params.varianceFloor(), perAnswer, num,
            den, weight, squares, used, graded, variance);
      } else {
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

  /**
   * Leave-one-out step: d = g - (num - w g) / (den - w), the weighted mean of the other
   * grades of the answer; grades that are their answer's only grade are skipped. A reviewer
   * with no such grade has variance NaN and keeps weight 1 (only its lone answers see it).
   */
  private static void leaveOneOutVariances(int[] answer, int[] reviewer, double[] grade,
      double floor, int[] perAnswer, double[] num, double[] den, double[] weight,
      double[] squares, int[] used, int[] graded, double[] variance) {
    Arrays.fill(squares, 0.0);
    Arrays.fill(used, 0);
    for (int k = 0; k < grade.length; k++) {
      int i = answer[k];
      if (perAnswer[i] > 1) {
        int j = reviewer[k];
        double w = weight[j];
        double d = grade[k] - (num[i] - w * grade[k]) / (den[i] - w);
        squares[j] += d * d;
        used[j]++;
      }
    }
    for (int j = 0; j < weight.length; j++) {
      variance[j] = used[j] > 0 ? Math.max(floor, squares[j] / used[j]) : Double.NaN;
      weight[j] = used[j] > 0 ? 1.0 / variance[j] : graded[j] > 0 ? 1.0 : 0.0;
    }
  }

  /**
   * A weighted mean lies between the least and greatest of its grades, but rounding can take
   * it just outside (three grades of 10 weighted 1/4.2, 1/2.8, 1/3.2 give 10.000000000000002,
   * which a history rejects as quality out of range): clamp to [lo, hi].
   */
  static double clamp(double c, double lo, double hi) {
    return Math.min(hi, Math.max(lo, c));
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
