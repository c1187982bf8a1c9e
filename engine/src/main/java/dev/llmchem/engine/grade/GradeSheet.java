package dev.llmchem.engine.grade;

import java.util.List;

/**
 * Raw peer grades, as read from a grades CSV: the rows, and the answers they grade.
 * Trials and models are interned to dense ints in first-appearance order; an answer is one
 * (trial, item id, author model). Immutable once built (the reader owns the arrays);
 * thread-safe.
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

  /** Number of answers. */
  public int answers() {
    return answerTrial.length;
  }

  /** Number of grade rows. */
  public int grades() {
    return grade.length;
  }
}
