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
    boolean[] noEvidence = new boolean[reviewers];
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
        // clamped to the answer's [least, greatest] grade against rounding, as Mvle does
        double lo = 10;
        double hi = 0;
        for (int k : byAnswer.get(i)) {
          lo = Math.min(lo, grade[k]);
          hi = Math.max(hi, grade[k]);
        }
        next[i] = byAnswer.get(i).isEmpty() ? Double.NaN
            : Mvle.clamp(sumWeightedGrades / sumWeights, lo, hi);
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
      // (leave-one-out: from the weighted mean of the other reviewers' grades of the answer)
      double[] previous = variance.clone();
      for (int j = 0; j < reviewers; j++) {
        List<Integer> mine = byReviewer.get(j);
        double sum = 0;
        int count = 0;
        for (int k : mine) {
          double reference = consensus[answer[k]];
          if (params.leaveOneOut()) {
            double sumWeightedGrades = 0;
            double sumWeights = 0;
            for (int other : byAnswer.get(answer[k])) {
              if (other != k) {
                double w = 1.0 / previous[reviewer[other]];
                sumWeightedGrades += w * grade[other];
                sumWeights += w;
              }
            }
            if (byAnswer.get(answer[k]).size() < 2) {
              continue;
            }
            reference = sumWeightedGrades / sumWeights;
          }
          double d = grade[k] - reference;
          sum += d * d;
          count++;
        }
        if (count > 0) {
          variance[j] = Math.max(params.varianceFloor(), sum / count);
        } else if (params.leaveOneOut() && !mine.isEmpty()) {
          variance[j] = 1.0; // no evidence: keeps the starting weight, reported as NaN below
        }
        noEvidence[j] = params.leaveOneOut() && count == 0;
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
    for (int j = 0; j < reviewers; j++) {
      if (noEvidence[j]) {
        variance[j] = Double.NaN;
      }
    }
    return new MvleResult(consensus == null ? new double[answers] : consensus,
        consensusVariance, variance, graded, round, converged, change);
  }
}
