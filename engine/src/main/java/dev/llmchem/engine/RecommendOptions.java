package dev.llmchem.engine;

import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.recommend.RecommendParams;

/**
 * How RECOMMEND runs.
 *
 * @param method reference local search (default) or the exact optimum of the same loss
 * @param params alpha, beta, iters, min_size (reference defaults 0.5, 0.5, 10, 2)
 * @param size 0 for any size &gt;= min_size, else exactly this many models (the paper's N)
 * @param threads workers of the exact searches, as in {@link ChemeOptions}: 0 = one per
 *     available processor, 1 = the calling thread only, n = the calling thread and n - 1
 *     threads of a dedicated pool (the answer is the same for any count; the reference method
 *     always runs on the calling thread)
 * @param progress progress (and cancellation) of the exact search (never printed)
 */
public record RecommendOptions(Method method, RecommendParams params, int size, int threads,
    ProgressListener progress) {
  /** Search methods. */
  public enum Method {
    /** The reference's hill climbing from the historical configurations X_Q. */
    REFERENCE,
    /** Exhaustive optimum (Gray-code enumeration, parallel; |S| &lt;= 30). */
    EXACT
  }

  public RecommendOptions {
    if (method == null || params == null || progress == null) {
      throw new IllegalArgumentException("method, params and progress must not be null");
    }
    if (size < 0) {
      throw new IllegalArgumentException("size must be >= 0 (0 = any size), got " + size);
    }
    if (threads < 0 || threads > ChemeOptions.MAX_THREADS) {
      throw new IllegalArgumentException("threads must be in 0.." + ChemeOptions.MAX_THREADS
          + " (0 = one per available processor), got " + threads);
    }
  }

  /** The reference method with the reference parameters. */
  public static RecommendOptions defaults() {
    return new RecommendOptions(Method.REFERENCE, RecommendParams.DEFAULTS, 0, 0,
        ProgressListener.NONE);
  }

  public RecommendOptions withMethod(Method m) {
    return new RecommendOptions(m, params, size, threads, progress);
  }

  public RecommendOptions withParams(RecommendParams p) {
    return new RecommendOptions(method, p, size, threads, progress);
  }

  public RecommendOptions withSize(int n) {
    return new RecommendOptions(method, params, n, threads, progress);
  }

  public RecommendOptions withThreads(int n) {
    return new RecommendOptions(method, params, size, n, progress);
  }

  public RecommendOptions withProgress(ProgressListener p) {
    return new RecommendOptions(method, params, size, threads, p);
  }
}
