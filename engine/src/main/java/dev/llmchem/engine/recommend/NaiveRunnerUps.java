package dev.llmchem.engine.recommend;

import java.util.ArrayList;
import java.util.List;

/**
 * Naive twin of {@link RunnerUps}: every mask in ascending order, the allowed sizes kept
 * (exactly {@code size}, or at least minSize when size is 0), each loss by {@link NaiveLoss}
 * (the same summation order as {@link RecommendProblem#loss}, so the same bits), infeasible
 * sets dropped, all sorted by {@link RunnerUps#RANK}, the first k. O(n^2 2^n) time and O(2^n)
 * memory: a test oracle for n &lt;= ~18. Stateless and thread-safe.
 */
public final class NaiveRunnerUps {
  private NaiveRunnerUps() { }

  /** The k best feasible sets, best first. */
  public static List<RunnerUps.Ranked> best(int n, double[] chem, RecommendParams p, int size,
      int k) {
    double maxT = NaiveLoss.maxTotal(n, chem);
    double maxI = NaiveLoss.maxInter(n, chem);
    List<RunnerUps.Ranked> all = new ArrayList<>();
    for (long x = 1; x < 1L << n; x++) {
      int c = Long.bitCount(x);
      if (size > 0 ? c != size : c < p.minSize()) {
        continue;
      }
      double l = NaiveLoss.loss(n, chem, x, maxT, maxI, p.alpha(), p.beta());
      if (l < Double.POSITIVE_INFINITY) {
        all.add(new RunnerUps.Ranked(x, l));
      }
    }
    all.sort(RunnerUps.RANK);
    return List.copyOf(all.subList(0, Math.min(k, all.size())));
  }
}
