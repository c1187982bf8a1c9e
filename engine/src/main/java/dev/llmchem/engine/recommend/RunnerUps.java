package dev.llmchem.engine.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The k best sets by loss over every subset allowed (size &gt;= minSize, or exactly N):
 * the "runner-ups" of an explanation. A Gray-code walk over the 2^n subsets keeps intra and
 * the members' degree sum up to date with an O(n) update per step (w[s] = chem from s to the
 * members); a bounded heap keeps the best k + {@value #SLACK} candidates by that running loss,
 * whose losses are then recomputed in full ({@link RecommendProblem#loss}) and ranked by (loss,
 * mask): rounding drift of the running sums cannot reorder the answer. O(n 2^n) time, O(n + k)
 * memory; n &lt;= {@value #MAX_MODELS}. Stateless; its twin is a sort of every subset by
 * {@code NaiveLoss} (tests).
 */
public final class RunnerUps {
  /** Largest n walked (2^24 steps of O(n): about a second). */
  public static final int MAX_MODELS = 24;
  /** Extra candidates kept before the full recomputation. */
  static final int SLACK = 8;

  private RunnerUps() { }

  /** A set and its loss (full recomputation). */
  public record Ranked(long mask, double loss) { }

  /** Least loss first, then the smaller mask (unsigned). */
  static final Comparator<Ranked> RANK = Comparator.comparingDouble(Ranked::loss)
      .thenComparing((x, y) -> Long.compareUnsigned(x.mask(), y.mask()));

  /**
   * The k best feasible sets, best first ({@code size} 0: any size &gt;= {@code minSize}).
   *
   * @throws IllegalArgumentException when n &gt; {@value #MAX_MODELS}
   */
  public static List<Ranked> best(RecommendProblem p, RecommendParams params, int size, int k) {
    int n = p.size();
    if (n > MAX_MODELS) {
      throw new IllegalArgumentException("runner-ups walk all 2^|S| subsets and take |S| <= "
          + MAX_MODELS + "; this task has |S| = " + n);
    }
    double[] chem = p.chem;
    double[] deg = p.deg;
    double[] w = new double[n];
    int keep = k + SLACK;
    // the worst kept candidate on top; equal running losses: the larger mask goes first
    PriorityQueue<Ranked> heap = new PriorityQueue<>(RANK.reversed());
    long mask = 0;
    int members = 0;
    double intra = 0;
    double degSum = 0;
    long steps = 1L << n;
    for (long g = 1; g < steps; g++) {
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
      double loss = LossKernel.loss(intra, degSum - 2 * intra, p.maxT, p.maxI, members,
          params.alpha(), params.beta());
      if (loss == Double.POSITIVE_INFINITY) {
        continue;
      }
      if (heap.size() < keep) {
        heap.add(new Ranked(mask, loss));
      } else if (loss < heap.peek().loss()) {
        heap.poll();
        heap.add(new Ranked(mask, loss));
      }
    }
    List<Ranked> out = new ArrayList<>();
    for (Ranked x : heap) {
      double l = p.loss(x.mask(), params);
      if (l < Double.POSITIVE_INFINITY) {
        out.add(new Ranked(x.mask(), l));
      }
    }
    out.sort(RANK);
    return List.copyOf(out.subList(0, Math.min(k, out.size())));
  }

}
