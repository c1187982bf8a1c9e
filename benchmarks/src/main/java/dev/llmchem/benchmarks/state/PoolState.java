package dev.llmchem.benchmarks.state;

import java.util.concurrent.ForkJoinPool;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A dedicated ForkJoinPool with {@link #threads} workers (0 = one per available processor), so
 * the thread count is a JMH parameter and speed-up against threads can be plotted.
 */
@State(Scope.Benchmark)
public class PoolState {
  /** Worker threads; 0 means {@code availableProcessors()}. */
  @Param({"0"})
  public int threads;

  /** The pool (created per trial). */
  public ForkJoinPool pool;

  /** Creates the pool. */
  @Setup(Level.Trial)
  public void up() {
    pool = new ForkJoinPool(threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
  }

  /** Shuts the pool down. */
  @TearDown(Level.Trial)
  public void down() {
    pool.shutdown();
  }
}
