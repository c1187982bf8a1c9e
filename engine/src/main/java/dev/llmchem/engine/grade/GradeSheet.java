package dev.llmchem.engine.grade;

import java.util.List;

/**
 * Raw peer grades, as read from a grades CSV: the rows, and the answers they grade.
 * Trials and models are interned to dense ints in first-appearance order; an answer is one
 * (trial, item id, author model). Immutable and thread-safe: the constructor copies the
 * arrays and lists it is given, the array accessors return copies, and loops read one cell
 * with the per-index accessors ({@link #answerTrial(int)}, {@link #grade(int)}, ...).
 *
 * @param trials trial names by index
 * @param models model names by index (authors and reviewers share one index)
 * @param answerTrial per answer, its trial index
 * @param answerItem per answer, its item id
 * @param answerAuthor per answer, its author model index
 * @param answerCorrect per answer, ground-truth correctness in [0, 1], NaN when unknown
 * @param gradeAnswer per grade row, the answer index
 * @param gradeReviewer per grade row, the reviewer model index
 * @param grade per grade row, the grade in [0, 10]
 * @param gradeLine per grade row, its 1-based line in the file
 */
public record GradeSheet(List<String> trials, List<String> models, int[] answerTrial,
    List<String> answerItem, int[] answerAuthor, double[] answerCorrect, int[] gradeAnswer,
    int[] gradeReviewer, double[] grade, long[] gradeLine) {

  /** Copies every component, so the caller's arrays and lists stay the caller's. */
  public GradeSheet {
    trials = List.copyOf(trials);
    models = List.copyOf(models);
    answerTrial = answerTrial.clone();
    answerItem = List.copyOf(answerItem);
    answerAuthor = answerAuthor.clone();
    answerCorrect = answerCorrect.clone();
    gradeAnswer = gradeAnswer.clone();
    gradeReviewer = gradeReviewer.clone();
    grade = grade.clone();
    gradeLine = gradeLine.clone();
  }

  /** Number of answers. */
  public int answers() {
    return answerTrial.length;
  }

  /** Number of grade rows. */
  public int grades() {
    return grade.length;
  }

  /** Trial index of answer {@code a}. */
  public int answerTrial(int a) {
    return answerTrial[a];
  }

  /** Author model index of answer {@code a}. */
  public int answerAuthor(int a) {
    return answerAuthor[a];
  }

  /** Ground-truth correctness of answer {@code a}, NaN when unknown. */
  public double answerCorrect(int a) {
    return answerCorrect[a];
  }

  /** Answer index of grade row {@code k}. */
  public int gradeAnswer(int k) {
    return gradeAnswer[k];
  }

  /** Reviewer model index of grade row {@code k}. */
  public int gradeReviewer(int k) {
    return gradeReviewer[k];
  }

  /** The grade of grade row {@code k}. */
  public double grade(int k) {
    return grade[k];
  }

  /** The 1-based file line of grade row {@code k}. */
  public long gradeLine(int k) {
    return gradeLine[k];
  }

  /** Per answer, its trial index (a copy). */
  @Override
  public int[] answerTrial() {
    return answerTrial.clone();
  }

  /** Per answer, its author model index (a copy). */
  @Override
  public int[] answerAuthor() {
    return answerAuthor.clone();
  }

  /** Per answer, ground-truth correctness, NaN when unknown (a copy). */
  @Override
  public double[] answerCorrect() {
    return answerCorrect.clone();
  }

  /** Per grade row, the answer index (a copy). */
  @Override
  public int[] gradeAnswer() {
    return gradeAnswer.clone();
  }

  /** Per grade row, the reviewer model index (a copy). */
  @Override
  public int[] gradeReviewer() {
    return gradeReviewer.clone();
  }

  /** Per grade row, the grade (a copy). */
  @Override
  public double[] grade() {
    return grade.clone();
  }

  /** Per grade row, its 1-based file line (a copy). */
  @Override
  public long[] gradeLine() {
    return gradeLine.clone();
  }
}
