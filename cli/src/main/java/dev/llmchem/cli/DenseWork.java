package dev.llmchem.cli;

import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.cheme.DenseCheme;
import dev.llmchem.engine.cost.CostKernel;

/**
 * How many terms a task's dense CHEME will sweep, for the decisions taken before it runs (the
 * hand-off to a Vector API JVM, the hint). The driver stops sweeping a pair once its max reaches
 * 1, the value CHEME clips to, and with Eq. 1 costs most pairs get there at once: cost({}) = 1
 * against small penalties makes the term of X = {} alone >= 1 (every pair of the synthetic
 * histories, 31 of the 66 of runs.csv). A probe over X = {} and every X of one other model
 * (u^3 / 2 terms) counts the pairs it leaves open; the estimate is the full count scaled by
 * their share. A heuristic (pairs left open may still saturate later), never an answer.
 */
final class DenseWork {
  private DenseWork() { }

  /** Largest |U| probed: far beyond any dense table (2^40 cells), and C(u,2) 2^(u-2) fits. */
  static final int MAX_U = 40;

  /**
   * Dense terms expected for task {@code t}: C(u,2) 2^(u-2) times the open pairs' share;
   * Long.MAX_VALUE beyond {@link #MAX_U} (no dense run takes such a task).
   */
  static long expectedTerms(TaskAnalysis t) {
    return expectedTerms(t.used().penalties());
  }

  /** As {@link #expectedTerms(TaskAnalysis)} for Eq. 1 penalties in rank order. */
  static long expectedTerms(double[] penalty) {
    int u = penalty.length;
    if (u < 2) {
      return 0;
    }
    if (u > MAX_U) {
      return Long.MAX_VALUE;
    }
    long perPair = DenseCheme.terms(u) / ((long) u * (u - 1) / 2);
    return perPair * openPairs(penalty);
  }

  /**
   * Pairs of ranks i &lt; j that no probe X (empty, or one other rank) saturates, for Eq. 1
   * costs over {@code penalty} (rank order).
   */
  static int openPairs(double[] penalty) {
    int u = penalty.length;
    int open = 0;
    for (int i = 0; i < u; i++) {
      for (int j = i + 1; j < u; j++) {
        boolean saturated = term(penalty, 0, i, j) >= 1;
        for (int c = 0; c < u && !saturated; c++) {
          saturated = c != i && c != j && term(penalty, 1L << c, i, j) >= 1;
        }
        open += saturated ? 0 : 1;
      }
    }
    return open;
  }

  /** The CHEME term of pair (i, j) at X = {@code x} (0 when a cost is 0: skipped terms). */
  private static double term(double[] penalty, long x, int i, int j) {
    double c0 = cost(penalty, x);
    double ci = cost(penalty, x | 1L << i);
    double cj = cost(penalty, x | 1L << j);
    double cij = cost(penalty, x | 1L << i | 1L << j);
    if (c0 == 0 || ci == 0 || cj == 0 || cij == 0) {
      return 0;
    }
    return Math.abs(cij - ci - cj + c0) / cij;
  }

  private static double cost(double[] penalty, long x) {
    return CostKernel.eq1(penalty, k -> (x >>> k & 1) != 0);
  }
}
