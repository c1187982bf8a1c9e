package dev.llmchem.engine.control;

import java.time.Duration;

/**
 * Receives progress of long-running work and may ask it to stop. The engine never prints; the
 * CLI connects this to a progress bar on stderr and to its --timeout and Ctrl-C handling.
 * Implementations must be thread-safe: parallel kernels call {@link #advance} and
 * {@link #cancelled} from worker threads.
 *
 * <p>Cancellation is cooperative: long kernels (dense, float, naive and exact-eq1 CHEME, the
 * cost table, exact RECOMMEND, ingest, task clustering) poll {@link #cancelled} once per block
 * of work (a buffer of up to 2^16 cells, a chunk of pairs or subsets, a read buffer), never
 * per term, and then stop and throw {@link CancelledException}; nothing partial is returned.
 */
public interface ProgressListener {
  /** A listener that ignores everything. */
  ProgressListener NONE = new ProgressListener() {
    @Override public void start(String task, long total) { }
    @Override public void advance(long units) { }
    @Override public void finish() { }
  };

  /**
   * A listener that reports nothing and asks the work to stop once {@code timeout} has passed
   * from this call (measured with {@link System#nanoTime()}, so it keeps returning true once it
   * has). The work then throws {@link CancelledException}.
   */
  static ProgressListener timeout(Duration timeout) {
    long nanos = timeout.isNegative() ? 0 : timeout.compareTo(Duration.ofDays(365 * 100)) > 0
        ? Long.MAX_VALUE / 2 : timeout.toNanos();
    long deadline = System.nanoTime() + nanos;
    return new ProgressListener() {
      @Override public void start(String task, long total) { }
      @Override public void advance(long units) { }
      @Override public void finish() { }
      @Override public boolean cancelled() { return System.nanoTime() - deadline >= 0; }
    };
  }

  /**
   * Throws {@link CancelledException} for {@code work} (0% done) when {@link #cancelled()} is
   * already true: the facade calls this before starting, so a deadline that has passed stops
   * even work too small to reach its first poll.
   */
  default void stopIfCancelled(String work) {
    if (cancelled()) {
      throw new CancelledException(work, 0);
    }
  }

  /** Work named {@code task} of {@code total} units begins. */
  void start(String task, long total);

  /** {@code units} more units are done (called from any thread). */
  void advance(long units);

  /** The work begun by the last {@link #start} is complete. */
  void finish();

  /**
   * Whether the work should stop (a deadline passed, the user pressed Ctrl-C, the embedding
   * application gave up). Polled once per block from any thread, so it must be cheap; once it
   * returns true it must keep returning true. Default: never.
   */
  default boolean cancelled() {
    return false;
  }
}
