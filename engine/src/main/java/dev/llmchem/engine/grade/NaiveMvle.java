package dev.llmchem.engine.grade;

import java.util.ArrayList;
import java.util.List;

/**
 * Test oracle for {@link Mvle}, written straight from SPEC section 8 with one list of grades
 * per answer and per reviewer and the rounds spelled out. Same contract and results as
 * {@link Mvle#solve}; slower and allocating. Stateless and thread-safe.
 */
public final class NaiveMvle {
  private NaiveMvle() { }

  /** See {@link Mvle#solve}. */
  public static MvleResult solve(int answers, int reviewers, int[] answer, int[] reviewer,
      double[] grade, MvleParams params) {
    Mvle.check(answers, reviewers, answer, reviewer, grade);
    List<List<Integer>> byAnswer = new ArrayList<>();
    List<List<Integer>> byReviewer = new ArrayList<>();
    for (int i = 0; i < answers; i++) {
      byAnswer.add(new ArrayList<>());
    }
    for (int j = 0; j < reviewers; j++) {
      byReviewer.add(new ArrayList<>());
    }
    for (int k = 0; k < grade.length; k++) {
      byAnswer.get(answer[k]).add(k);
      byReviewer.get(reviewer[k]).add(k);
    }
    double[] variance = new double[reviewers];
    int[] graded = new int[reviewers];
    for (int j = 0; j < reviewers; j++) {
      graded[j] = byReviewer.get(j).size();
      variance[j] = graded[j] > 0 ? 1.0 : Double.NaN;
    }
    double[] consensus = null;
    double change = Double.NaN;
    int round = 0;
    boolean converged = false;
    while (!converged && round < params.maxIterations()) {
      round++;
      // (i) consensus = inverse-variance weighted mean of the answer's grades
      double[] next = new double[answers];
      for (int i = 0; i < answers; i++) {
        double sumWeightedGrades = 0;
        double sumWeights = 0;
        for (int k : byAnswer.get(i)) {
          double w = 1.0 / variance[reviewer[k]];
          sumWeightedGrades += w * grade[k];
          sumWeights += w;
        }
        next[i] = byAnswer.get(i).isEmpty() ? Double.NaN : sumWeightedGrades / sumWeights;
      }
      if (consensus != null) {
        change = 0;
        for (int i = 0; i < answers; i++) {
          if (!byAnswer.get(i).isEmpty()) {
            change = Math.max(change, Math.abs(next[i] - consensus[i]));
          }
        }
        converged = change <= params.tolerance();
      }
      consensus = next;
      // (ii) variance = mean squared deviation of the reviewer's grades from the consensus
      for (int j = 0; j < reviewers; j++) {
        List<Integer> mine = byReviewer.get(j);
        if (mine.isEmpty()) {
          continue;
        }
        double sum = 0;
        for (int k : mine) {
          double d = grade[k] - consensus[answer[k]];
          sum += d * d;
        }
        variance[j] = Math.max(params.varianceFloor(), sum / mine.size());
      }
    }
    double[] consensusVariance = new double[answers];
    for (int i = 0; i < answers; i++) {
      double sumWeights = 0;
      for (int k : byAnswer.get(i)) {
        sumWeights += 1.0 / variance[reviewer[k]];
      }
      consensusVariance[i] = byAnswer.get(i).isEmpty() ? Double.NaN : 1.0 / sumWeights;
    }
    return new MvleResult(consensus == null ? new double[answers] : consensus,
        consensusVariance, variance, graded, round, converged, change);
  }
}
