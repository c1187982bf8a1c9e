package dev.llmchem.engine;

/**
 * How CHEME is computed.
 *
 * @param method the kernel
 * @param threads worker threads: 0 = all cores (the common pool), 1 = sequential on the
 *     calling thread, n = a dedicated pool of n workers (created and shut down per call)
 * @param progress where progress goes (never printed by the engine)
 */
public record ChemeOptions(Method method, int threads, ProgressListener progress) {
  /** CHEME kernels. All give the same entry set; values agree to the stated tolerance. */
  public enum Method {
    /** The oracle straight from SPEC 6: all X ⊆ S, costs via MIG covering nodes (|S| &lt;= 24). */
    NAIVE,
    /** Exhaustive dense kernel over the 2^|U| table, double precision (the default). */
    DENSE,
    /** The dense kernel in float precision (faster; error bound documented in FloatCheme). */
    FLOAT
  }

  public ChemeOptions {
    if (method == null || progress == null) {
      throw new IllegalArgumentException("method and progress must not be null");
    }
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0, got " + threads);
    }
  }

  /** Dense, all cores, no progress. */
  public static ChemeOptions defaults() {
    return new ChemeOptions(Method.DENSE, 0, ProgressListener.NONE);
  }

  public ChemeOptions withMethod(Method m) {
    return new ChemeOptions(m, threads, progress);
  }

  public ChemeOptions withThreads(int n) {
    return new ChemeOptions(method, n, progress);
  }

  public ChemeOptions withProgress(ProgressListener p) {
    return new ChemeOptions(method, threads, p);
  }
}
