package dev.llmchem.engine;

import dev.llmchem.engine.control.ProgressListener;
/**
 * How CHEME is computed.
 *
 * @param method the kernel
 * @param threads workers: 0 = one per available processor ({@code
 *     Runtime.availableProcessors()}), 1 = sequential on the calling thread, n = n workers;
 *     with more than one, the calling thread is one of them and the others run in a dedicated
 *     pool created and shut down per call (dev.llmchem.engine.internal.Workers)
 * @param progress where progress goes (never printed by the engine)
 */
public record ChemeOptions(Method method, int threads, ProgressListener progress) {
  /** CHEME kernels. All give the same entry set; values agree to the stated tolerance. */
  public enum Method {
    /** The oracle straight from SPEC 6: all X ⊆ S, costs via MIG covering nodes (|S| &lt;= 24). */
    NAIVE,
    /** Exhaustive dense kernel over the 2^|U| table, double precision (the default). */
    DENSE,
    /**
     * Exact CHEME for the Eq. 1 cost without enumerating subsets (Eq1Cheme): any |U| and |S|,
     * values within 1e-12 of DENSE, with a witness X per pair. Needs the task's Eq. 1 cost.
     */
    EXACT_EQ1,
    /**
     * DENSE while it can run (|S| &lt;= 64, |U| &lt;= DenseCheme.MAX_U and the table fits the
     * heap), else EXACT_EQ1 when the cost is Eq. 1. Chemistry.method() names the one used.
     */
    AUTO;

    /** The CLI spelling: lower case with '-' (exact-eq1). */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses a CLI spelling (case-insensitive, '-' or '_'). The former {@code float} method is
     * refused with a note that it was removed (dense is exact and faster).
     */
    public static Method parse(String s) {
      String k = s.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
      for (Method m : values()) {
        if (m.name().equals(k)) {
          return m;
        }
      }
      throw new IllegalArgumentException("unknown CHEME method '" + s + "'; expected one of"
          + " auto, dense, naive, exact-eq1"
          + (k.equals("FLOAT") ? " (float was removed: dense is exact and faster)" : ""));
    }
  }

  public ChemeOptions {
    if (method == null || progress == null) {
      throw new IllegalArgumentException("method and progress must not be null");
    }
    if (threads < 0 || threads > MAX_THREADS) {
      throw new IllegalArgumentException("threads must be in 0.." + MAX_THREADS + " (0 = one"
          + " per available processor), got " + threads);
    }
  }

  /** Most worker threads accepted (each dense worker holds about 1 MiB of buffers). */
  public static final int MAX_THREADS = 1024;

  /** Auto (dense within its reach, else exact-eq1), one worker per processor, no progress. */
  public static ChemeOptions defaults() {
    return new ChemeOptions(Method.AUTO, 0, ProgressListener.NONE);
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
