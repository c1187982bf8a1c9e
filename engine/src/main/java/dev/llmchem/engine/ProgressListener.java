package dev.llmchem.engine;

/**
 * Receives progress of long-running work. The engine never prints; the CLI connects this
 * to a progress bar on stderr. Implementations must be thread-safe: parallel kernels call
 * {@link #advance} from worker threads.
 */
public interface ProgressListener {
  /** A listener that ignores everything. */
  ProgressListener NONE = new ProgressListener() {
    @Override public void start(String task, long total) { }
    @Override public void advance(long units) { }
    @Override public void finish() { }
  };

  /** Work named {@code task} of {@code total} units begins. */
  void start(String task, long total);

  /** {@code units} more units are done (called from any thread). */
  void advance(long units);

  /** The work begun by the last {@link #start} is complete. */
  void finish();
}
