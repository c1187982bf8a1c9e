package dev.llmchem.benchmarks.baseline;

import dev.llmchem.engine.recommend.LossKernel;
import dev.llmchem.engine.recommend.RecommendParams;
import dev.llmchem.engine.recommend.RecommendProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The runner-ups as the engine computed them before the top-k exact search (a speed baseline,
 * not an oracle): a Gray-code walk over the 2^n subsets keeps intra and the degree sum up to
 * date with an O(n) update per step, a heap keeps the best k + 8 by that running loss, whose
 * losses are then recomputed in full and sorted by (loss, mask). Sequential, n &lt;= 24 in the
 * engine. When more than k + 8 sets tie it keeps the first visited, not the smallest masks,
 * which is why the engine's twin ({@code NaiveRunnerUps}) sorts every subset instead.
 */
public final class GrayWalkRunnerUps {
  private static final int SLACK = 8;

  private GrayWalkRunnerUps() { }

  /** The k best feasible sets' masks, best first ({@code size} 0: any size &gt;= minSize). */
  public static long[] best(RecommendProblem p, RecommendParams params, int size, int k) {
    int n = p.size();
    double[] chem = new double[n * n];
    double[] deg = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        chem[i * n + j] = p.chem(i, j);
      }
    }
    LossKernel.degrees(n, chem, deg);
    double[] w = new double[n];
    // worst kept first: larger running loss, then larger mask
    PriorityQueue<double[]> heap = new PriorityQueue<>((x, y) -> x[0] != y[0]
        ? Double.compare(y[0], x[0]) : Long.compareUnsigned((long) y[1], (long) x[1]));
    long mask = 0;
    int members = 0;
    double intra = 0;
    double degSum = 0;
    for (long g = 1; g < 1L << n; g++) {
      int b = Long.numberOfTrailingZeros(g);
      if ((mask >>> b & 1L) == 0) {
        intra += w[b];
        degSum += deg[b];
        for (int s = 0; s < n; s++) {
          w[s] += chem[s * n + b];
        }
        mask |= 1L << b;
        members++;
      } else {
        for (int s = 0; s < n; s++) {
          w[s] -= chem[s * n + b];
        }
        intra -= w[b];
        degSum -= deg[b];
        mask &= ~(1L << b);
        members--;
      }
      if (size > 0 ? members != size : members < params.minSize()) {
        continue;
      }
      double loss = LossKernel.loss(intra, degSum - 2 * intra, p.maxTotalChem(),
          p.maxInterChem(), members, params.alpha(), params.beta());
      if (loss == Double.POSITIVE_INFINITY) {
        continue;
      }
      if (heap.size() < k + SLACK) {
        heap.add(new double[] {loss, mask});
      } else if (loss < heap.peek()[0]) {
        heap.poll();
        heap.add(new double[] {loss, mask});
      }
    }
    List<double[]> out = new ArrayList<>();
    for (double[] x : heap) {
      double l = p.loss((long) x[1], params);
      if (l < Double.POSITIVE_INFINITY) {
        out.add(new double[] {l, x[1]});
      }
    }
    out.sort((x, y) -> x[0] != y[0] ? Double.compare(x[0], y[0])
        : Long.compareUnsigned((long) x[1], (long) y[1]));
    long[] masks = new long[Math.min(k, out.size())];
    for (int i = 0; i < masks.length; i++) {
      masks[i] = (long) out.get(i)[1];
    }
    return masks;
  }
}
