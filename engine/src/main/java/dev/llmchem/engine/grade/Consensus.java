package dev.llmchem.engine.grade;

import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.control.LimitException.Alternative;
import java.util.Arrays;

/**
 * Runs the MVLE on a {@link GradeSheet}, one independent instance per trial (a trial is one
 * benchmark run in which the models grade each other; grades of different trials never mix),
 * and derives the history's columns. Stateless and thread-safe.
 */
public final class Consensus {
  private Consensus() { }

  /**
   * Per-answer and per-(trial, model) results. Immutable: the constructor copies the arrays,
   * the array accessors return copies, the per-index accessors read one cell.
   *
   * @param quality per answer, its consensus grade in [0, 10]
   * @param qualityVariance per answer, the variance of that estimate (grade points squared)
   * @param reviewerVariance per (trial t, model m) at {@code t * models + m}, the model's
   *     reviewer variance in that trial, NaN if it graded nothing there
   * @param reviewAccuracy same layout, {@link Scores#reviewAccuracy}, NaN if it graded nothing
   * @param iterations per trial, rounds used
   * @param converged per trial, whether it converged within the limit
   * @param models number of models (the stride of the per-(trial, model) arrays)
   */
  public record Result(double[] quality, double[] qualityVariance, double[] reviewerVariance,
      double[] reviewAccuracy, int[] iterations, boolean[] converged, int models) {

    /** Copies the arrays. */
    public Result {
      quality = quality.clone();
      qualityVariance = qualityVariance.clone();
      reviewerVariance = reviewerVariance.clone();
      reviewAccuracy = reviewAccuracy.clone();
      iterations = iterations.clone();
      converged = converged.clone();
    }

    /** Consensus grade of answer {@code a}. */
    public double quality(int a) {
      return quality[a];
    }

    /** Variance of the consensus grade of answer {@code a}. */
    public double qualityVariance(int a) {
      return qualityVariance[a];
    }

    /** Rounds used by trial {@code t}. */
    public int iterations(int t) {
      return iterations[t];
    }

    /** Whether trial {@code t} converged within the limit. */
    public boolean converged(int t) {
      return converged[t];
    }

    /** Per answer, its consensus grade (a copy). */
    @Override
    public double[] quality() {
      return quality.clone();
    }

    /** Per answer, the variance of its consensus grade (a copy). */
    @Override
    public double[] qualityVariance() {
      return qualityVariance.clone();
    }

    /** Per (trial, model) at {@code t * models + m}, the reviewer variance (a copy). */
    @Override
    public double[] reviewerVariance() {
      return reviewerVariance.clone();
    }

    /** Per (trial, model) at {@code t * models + m}, the review accuracy (a copy). */
    @Override
    public double[] reviewAccuracy() {
      return reviewAccuracy.clone();
    }

    /** Per trial, rounds used (a copy). */
    @Override
    public int[] iterations() {
      return iterations.clone();
    }

    /** Per trial, whether it converged (a copy). */
    @Override
    public boolean[] converged() {
      return converged.clone();
    }

    /** The model's reviewer variance in the trial (NaN if it graded nothing). */
    public double reviewerVariance(int trial, int model) {
      return reviewerVariance[trial * models + model];
    }

    /** The model's review accuracy in the trial (NaN if it graded nothing). */
    public double reviewAccuracy(int trial, int model) {
      return reviewAccuracy[trial * models + model];
    }

    /** The most rounds any trial needed. */
    public int maxIterations() {
      return Arrays.stream(iterations).max().orElse(0);
    }

    /** Number of trials that hit the round limit without converging. */
    public int notConverged() {
      int n = 0;
      for (boolean c : converged) {
        n += c ? 0 : 1;
      }
      return n;
    }
  }

  /**
   * The history's columns per answer (the row of its author in its trial). Immutable: the
   * constructor copies the arrays, the array accessors return copies, the per-answer
   * accessors read one cell.
   *
   * @param quality consensus grade in [0, 10]
   * @param generationAccuracy the answer's ground-truth correctness, 0.0 when unknown (paper)
   * @param variance the author's reviewer variance in that trial (grade points squared), NaN
   *     if the author graded nothing there
   * @param reviewAccuracy {@link Scores#reviewAccuracy} of that variance, NaN likewise
   * @param accuracy {@link Scores#accuracy}: 0.75/0.25 with ground truth, else 0.25/0.75
   */
  public record Columns(double[] quality, double[] generationAccuracy, double[] variance,
      double[] reviewAccuracy, double[] accuracy) {

    /** Copies the arrays. */
    public Columns {
      quality = quality.clone();
      generationAccuracy = generationAccuracy.clone();
      variance = variance.clone();
      reviewAccuracy = reviewAccuracy.clone();
      accuracy = accuracy.clone();
    }

    /** Quality of answer {@code a}. */
    public double quality(int a) {
      return quality[a];
    }

    /** Generation accuracy of answer {@code a}. */
    public double generationAccuracy(int a) {
      return generationAccuracy[a];
    }

    /** Variance of answer {@code a}'s author. */
    public double variance(int a) {
      return variance[a];
    }

    /** Review accuracy of answer {@code a}'s author. */
    public double reviewAccuracy(int a) {
      return reviewAccuracy[a];
    }

    /** Accuracy of answer {@code a}. */
    public double accuracy(int a) {
      return accuracy[a];
    }

    /** Per answer, quality (a copy). */
    @Override
    public double[] quality() {
      return quality.clone();
    }

    /** Per answer, generation accuracy (a copy). */
    @Override
    public double[] generationAccuracy() {
      return generationAccuracy.clone();
    }

    /** Per answer, the author's variance (a copy). */
    @Override
    public double[] variance() {
      return variance.clone();
    }

    /** Per answer, the author's review accuracy (a copy). */
    @Override
    public double[] reviewAccuracy() {
      return reviewAccuracy.clone();
    }

    /** Per answer, accuracy (a copy). */
    @Override
    public double[] accuracy() {
      return accuracy.clone();
    }
  }

  /** Derives {@link Columns} from a run of {@link #run}. */
  public static Columns columns(GradeSheet sheet, Result result) {
    int n = sheet.answers();
    double[] gen = new double[n];
    double[] variance = new double[n];
    double[] review = new double[n];
    double[] accuracy = new double[n];
    for (int a = 0; a < n; a++) {
      int t = sheet.answerTrial(a);
      int m = sheet.answerAuthor(a);
      double correct = sheet.answerCorrect(a);
      gen[a] = Double.isNaN(correct) ? 0.0 : correct;
      variance[a] = result.reviewerVariance(t, m);
      review[a] = result.reviewAccuracy(t, m);
      accuracy[a] = Scores.accuracy(correct, review[a]);
    }
    return new Columns(result.quality, gen, variance, review, accuracy);
  }

  /**
   * Refuses per-(trial, model) tables beyond a Java array or the free heap: two doubles per
   * cell in the result, and per trial O(models) work.
   */
  static void requireFits(int trials, int models) {
    long cells = (long) trials * models;
    String what = trials + " trials x " + models + " models: the per-(trial, model) reviewer"
        + " tables of " + cells + " cells";
    if (cells > Integer.MAX_VALUE - 8) {
      throw LimitException.size("per-(trial, model) cells", cells, Integer.MAX_VALUE - 8,
          what + " are beyond a Java array", Alternative.FEWER_TRIALS_PER_FILE);
    }
    LimitException.requireHeap(cells * 16, what, Alternative.FEWER_TRIALS_PER_FILE);
  }

  /** Runs {@link Mvle} per trial with {@code params}. */
  public static Result run(GradeSheet sheet, MvleParams params) {
    return run(sheet, params, dev.llmchem.engine.control.ProgressListener.NONE);
  }

  /**
   * As above, stopping with {@link dev.llmchem.engine.control.CancelledException} when
   * {@code progress.cancelled()} (polled per trial and per MVLE round). The per-(trial, model)
   * tables are checked against the heap first ({@link dev.llmchem.engine.control.LimitException}).
   */
  public static Result run(GradeSheet sheet, MvleParams params,
      dev.llmchem.engine.control.ProgressListener progress) {
    int trials = sheet.trials().size();
    int models = sheet.models().size();
    int answers = sheet.answers();
    requireFits(trials, models);
    // local answer index within its trial
    int[] local = new int[answers];
    int[] answersInTrial = new int[trials];
    for (int a = 0; a < answers; a++) {
      local[a] = answersInTrial[sheet.answerTrial(a)]++;
    }
    int[] gradesInTrial = new int[trials];
    for (int k = 0; k < sheet.grades(); k++) {
      gradesInTrial[sheet.answerTrial(sheet.gradeAnswer(k))]++;
    }
    int[][] ga = new int[trials][];
    int[][] gr = new int[trials][];
    double[][] gg = new double[trials][];
    for (int t = 0; t < trials; t++) {
      ga[t] = new int[gradesInTrial[t]];
      gr[t] = new int[gradesInTrial[t]];
      gg[t] = new double[gradesInTrial[t]];
    }
    int[] fill = new int[trials];
    for (int k = 0; k < sheet.grades(); k++) {
      int a = sheet.gradeAnswer(k);
      int t = sheet.answerTrial(a);
      int p = fill[t]++;
      ga[t][p] = local[a];
      gr[t][p] = sheet.gradeReviewer(k);
      gg[t][p] = sheet.grade(k);
    }
    MvleResult[] byTrial = new MvleResult[trials];
    int[] iterations = new int[trials];
    boolean[] converged = new boolean[trials];
    double[] reviewerVariance = new double[trials * models];
    double[] reviewAccuracy = new double[trials * models];
    for (int t = 0; t < trials; t++) {
      MvleResult r = Mvle.solve(answersInTrial[t], models, ga[t], gr[t], gg[t], params,
          progress);
      byTrial[t] = r;
      iterations[t] = r.iterations();
      converged[t] = r.converged();
      for (int m = 0; m < models; m++) {
        reviewerVariance[t * models + m] = r.variance(m);
        reviewAccuracy[t * models + m] =
            Scores.reviewAccuracy(r.variance(m), params.varianceFloor());
      }
    }
    double[] quality = new double[answers];
    double[] qualityVariance = new double[answers];
    for (int a = 0; a < answers; a++) {
      MvleResult r = byTrial[sheet.answerTrial(a)];
      quality[a] = r.consensus(local[a]);
      qualityVariance[a] = r.consensusVariance(local[a]);
    }
    return new Result(quality, qualityVariance, reviewerVariance, reviewAccuracy, iterations,
        converged, models);
  }
}
