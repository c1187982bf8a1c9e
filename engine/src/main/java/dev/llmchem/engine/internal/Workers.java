package dev.llmchem.engine.internal;

import dev.llmchem.engine.control.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The one way the engine's parallel kernels run their workers, and the one meaning of a
 * thread count.
 *
 * <p>Threads. A {@code threads} option (ChemeOptions, RecommendOptions, the CLI's
 * {@code --threads}) means: 0 = one worker per available processor
 * ({@link Runtime#availableProcessors()}, see {@link #resolve}), 1 = the calling thread only,
 * n = n workers. Entry points that take no pool (the convenience {@code parallel()} methods)
 * run {@link #available()} workers with the common pool; entry points that take a pool run
 * {@link #of(ForkJoinPool) pool.getParallelism()} workers. In every case the calling thread
 * is one of the workers, so n workers use n - 1 pool threads.
 *
 * <p>Running. {@link #run} starts workers 1..n-1 as tasks in the pool, runs worker 0 on the
 * calling thread, and returns only after every task has ended, so no work goes on after it
 * returns or throws. Work is shared by the workers themselves (typically a shared counter of
 * work items): a task that the pool starts late just finds no work left, so a busy pool slows
 * a run but never deadlocks it. The first exception thrown by any worker stops the others at
 * their next poll and is rethrown, as it was thrown, once all have ended.
 *
 * <p>Cancellation. Workers poll {@link Stop#poll()} before each work item: true once the
 * progress listener said {@link ProgressListener#cancelled()} (to any worker) or a worker
 * failed; a polling worker then returns. {@link #run} tells whether the run was cancelled, and
 * the caller throws its own {@link dev.llmchem.engine.control.CancelledException} (it knows
 * what the work was and how much of it was done).
 */
public final class Workers {
  private Workers() { }

  /** The work of one worker. */
  @FunctionalInterface
  public interface Body {
    /**
     * Runs worker {@code index} (0 = the calling thread) until the work is done or
     * {@code stop.poll()} is true.
     */
    void run(int index, Stop stop);
  }

  /** The shared stop signal of one run. Thread-safe. */
  public static final class Stop {
    private final ProgressListener progress;
    private volatile boolean stopped;
    private volatile boolean cancelled;

    Stop(ProgressListener progress) {
      this.progress = progress;
    }

    /** True once the run is cancelled or a worker failed: the polling worker should return. */
    public boolean poll() {
      if (stopped) {
        return true;
      }
      if (progress.cancelled()) {
        cancelled = true;
        stopped = true;
      }
      return stopped;
    }

    void fail() {
      stopped = true;
    }
  }

  /** One worker per available processor: what {@code threads = 0} means. */
  public static int available() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** Workers for a {@code threads} option: 0 = {@link #available()}, else {@code threads}. */
  public static int resolve(int threads) {
    return threads == 0 ? available() : threads;
  }

  /** Workers of an entry point given {@code pool}: its parallelism, or 1 when it is null. */
  public static int of(ForkJoinPool pool) {
    return pool == null ? 1 : Math.max(1, pool.getParallelism());
  }

  /**
   * Runs {@code job} for a {@code threads} option: with a null pool when it resolves to one
   * worker (the calling thread), else with a dedicated pool whose parallelism is the worker
   * count (the calling thread is one worker, so one pool thread is never needed), shut down
   * when {@code job} returns or throws.
   */
  public static <T> T withThreads(int threads, Function<ForkJoinPool, T> job) {
    int n = resolve(threads);
    if (n <= 1) {
      return job.apply(null);
    }
    ForkJoinPool pool = new ForkJoinPool(n);
    try {
      return job.apply(pool);
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Runs {@code n} workers: worker 0 on the calling thread, workers 1..n-1 as tasks in
   * {@code pool} (which may be null when {@code n <= 1}); waits for all of them.
   *
   * @return true when the run was cancelled through {@code progress}
   * @throws RuntimeException or Error: the first one a worker threw, after all have ended
   */
  public static boolean run(int n, ForkJoinPool pool, ProgressListener progress, Body body) {
    Stop stop = new Stop(progress);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<ForkJoinTask<?>> tasks = new ArrayList<>();
    try {
      for (int t = 1; t < n; t++) {
        int index = t;
        tasks.add(pool.submit(() -> guarded(index, stop, failure, body)));
      }
    } catch (RuntimeException e) { // e.g. a pool that was shut down
      failure.compareAndSet(null, e);
      stop.fail();
    }
    if (failure.get() == null) {
      guarded(0, stop, failure, body);
    }
    for (ForkJoinTask<?> t : tasks) {
      t.join(); // guarded: completes normally
    }
    Throwable first = failure.get();
    if (first instanceof RuntimeException) {
      throw (RuntimeException) first;
    }
    if (first instanceof Error) {
      throw (Error) first;
    }
    return stop.cancelled;
  }

  private static void guarded(int index, Stop stop, AtomicReference<Throwable> failure,
      Body body) {
    try {
      body.run(index, stop);
    } catch (RuntimeException | Error e) {
      failure.compareAndSet(null, e);
      stop.fail();
    }
  }
}
