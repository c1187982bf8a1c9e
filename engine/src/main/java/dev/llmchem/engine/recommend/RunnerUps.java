package dev.llmchem.engine.recommend;

import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.internal.Workers;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * The k best sets by loss over every set allowed (size &gt;= minSize, or exactly N): the
 * "runner-ups" of an explanation, from the exact search over all 2^n subsets
 * ({@link TopKSearch}: the meet in the middle of {@link ExactSearch} with a bounded list per
 * worker), n &lt;= {@value #MAX_MODELS}. Each loss is the full recomputation
 * ({@link RecommendProblem#loss}); sets rank by (loss, mask): equal losses put the smaller mask
 * (unsigned) first, and the list is the same for any worker count. O(2^n) time plus O(n^2) per
 * set near the running k-th loss; O(2^14 + k) memory per worker. Stateless and thread-safe;
 * its twin is {@link NaiveRunnerUps} (every subset by {@link NaiveLoss}, sorted).
 */
public final class RunnerUps {
  /** Largest n searched: the exact search's (2^30 subsets, seconds on two cores). */
  public static final int MAX_MODELS = ExactSearch.MAX_MODELS;

  private RunnerUps() { }

  /** A set and its loss (full recomputation). */
  public record Ranked(long mask, double loss) { }

  /** Least loss first ({@link Double#compare}), then the smaller mask (unsigned). */
  public static final Comparator<Ranked> RANK = Comparator.comparingDouble(Ranked::loss)
      .thenComparing((x, y) -> Long.compareUnsigned(x.mask(), y.mask()));

  /**
   * The k best feasible sets, best first ({@code size} 0: any size &gt;= {@code minSize}), on
   * the calling thread.
   *
   * @throws IllegalArgumentException when n &gt; {@value #MAX_MODELS}
   */
  public static List<Ranked> best(RecommendProblem p, RecommendParams params, int size, int k) {
    return best(p, params, size, k, null, ProgressListener.NONE);
  }

  /**
   * As above with {@code pool.getParallelism()} workers, the calling thread one of them (a
   * null pool: the calling thread only). {@code listener} gets one {@code start}, an
   * {@code advance} per chunk of subsets (from worker threads) and a {@code finish}.
   *
   * @throws IllegalArgumentException when n &gt; {@value #MAX_MODELS}, or size or k is negative
   * @throws dev.llmchem.engine.control.CancelledException when {@code listener.cancelled()}
   */
  public static List<Ranked> best(RecommendProblem p, RecommendParams params, int size, int k,
      ForkJoinPool pool, ProgressListener listener) {
    int n = p.size();
    if (n > MAX_MODELS) {
      throw new IllegalArgumentException(note(n));
    }
    if (size < 0 || k < 0) {
      throw new IllegalArgumentException("size and k must be >= 0, got " + size + " and " + k);
    }
    return TopKSearch.search(p, params, size, k, ExactSearch.LOW_BITS, pool, Workers.of(pool),
        listener);
  }

  /** Why there are no runner-ups for a task of n models (n &gt; {@value #MAX_MODELS}). */
  public static String note(int n) {
    return "runner-ups come from the exact search over all 2^|S| subsets, which takes |S| <= "
        + MAX_MODELS + "; this task has |S| = " + n + " (2^" + n + " = "
        + String.format(java.util.Locale.ROOT, "%.1e", Math.pow(2, n)) + " subsets)";
  }
}
