package dev.llmchem.engine;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.internal.Workers;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a piece of work for each of many tasks in parallel and hands the results over in task
 * order, one at a time: how a history with thousands of task clusters is analysed end to end
 * (the CLI streams each task's JSON as soon as it and every task before it are done).
 *
 * <p>Threads. With one task, or one worker, the tasks run one after another on the calling
 * thread and each task's kernels get the whole {@code threads} option and the caller's
 * progress listener (a big single task keeps its parallel kernels and its progress bar). With
 * more, the tasks are shared by {@code threads} workers (the {@link Workers} meaning:
 * 0 = one per available processor) and each task's kernels run on their worker alone
 * ({@link Context#threads()} = 1): per-task kernels are small and a parallel kernel per task
 * would start a pool per task. The caller's listener then counts tasks ("N tasks") and its
 * cancellation reaches every kernel through {@link Context#progress()}.
 *
 * <p>Order and memory. Results are delivered to {@code inOrder} in task order, under a lock,
 * from whichever worker completed the next one; at most {@code 8 x workers} results wait for
 * delivery (a worker does not start a task further ahead), so memory stays bounded whatever
 * the number of tasks. The answers do not depend on the thread count. The first exception of
 * any work or delivery stops the others and is rethrown; cancellation throws
 * {@link CancelledException}.
 */
public final class TaskRunner {
  private TaskRunner() { }

  /** What a task's work may use: the kernels' thread count and their progress listener. */
  public record Context(int threads, ProgressListener progress) {
    /** CHEME options for a task's kernels under this context. */
    public ChemeOptions cheme(ChemeOptions.Method method) {
      return new ChemeOptions(method, threads, progress);
    }
  }

  /** The work for one task. */
  @FunctionalInterface
  public interface Work<R> {
    R apply(TaskAnalysis task, Context context);
  }

  /** Receives results in task order. */
  @FunctionalInterface
  public interface Sink<R> {
    void accept(TaskAnalysis task, R result);
  }

  /**
   * Applies {@code work} to every task and passes each result to {@code inOrder}, in the
   * order of {@code tasks}.
   *
   * @throws CancelledException when {@code progress} cancels the run
   */
  public static <R> void run(List<TaskAnalysis> tasks, int threads, ProgressListener progress,
      Work<R> work, Sink<R> inOrder) {
    int n = tasks.size();
    int workers = Math.min(Workers.resolve(threads), n);
    if (workers <= 1) {
      Context c = new Context(threads, progress);
      for (TaskAnalysis t : tasks) {
        progress.stopIfCancelled("analysing " + n + " tasks");
        inOrder.accept(t, work.apply(t, c));
      }
      return;
    }
    Ordered<R> run = new Ordered<>(tasks, work, inOrder, new Context(1, cancelOnly(progress)),
        8 * workers, progress);
    progress.start(n + " tasks", n);
    boolean cancelled = Workers.withThreads(workers,
        pool -> Workers.run(workers, pool, progress, run::work));
    progress.finish();
    if (cancelled) {
      throw new CancelledException("analysing " + n + " tasks", (double) run.delivered() / n);
    }
  }

  /** A listener that only forwards cancellation (the task count is reported once). */
  static ProgressListener cancelOnly(ProgressListener p) {
    return new ProgressListener() {
      @Override public void start(String task, long total) { }
      @Override public void advance(long units) { }
      @Override public void finish() { }
      @Override public boolean cancelled() { return p.cancelled(); }
    };
  }

  /** The shared state of one parallel run. */
  private static final class Ordered<R> {
    private final List<TaskAnalysis> tasks;
    private final Work<R> work;
    private final Sink<R> sink;
    private final Context context;
    private final ProgressListener progress;
    private final Object[] results;
    private final boolean[] done;
    private final Semaphore window;
    private final AtomicInteger next = new AtomicInteger();
    private int head; // guarded by this
    private boolean sinkFailed; // guarded by this

    Ordered(List<TaskAnalysis> tasks, Work<R> work, Sink<R> sink, Context context, int window,
        ProgressListener progress) {
      this.tasks = tasks;
      this.work = work;
      this.sink = sink;
      this.context = context;
      this.progress = progress;
      this.results = new Object[tasks.size()];
      this.done = new boolean[tasks.size()];
      this.window = new Semaphore(window);
    }

    void work(int worker, Workers.Stop stop) {
      while (!stop.poll()) {
        try {
          if (!window.tryAcquire(20, TimeUnit.MILLISECONDS)) {
            continue; // the head task is still running: poll, then wait again
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new CancelledException("analysing " + tasks.size() + " tasks", 0);
        }
        int i = next.getAndIncrement();
        if (i >= tasks.size()) {
          window.release();
          return;
        }
        R r = work.apply(tasks.get(i), context);
        deliver(i, r);
      }
    }

    @SuppressWarnings("unchecked")
    private synchronized void deliver(int i, R r) {
      results[i] = r;
      done[i] = true;
      if (sinkFailed) {
        return; // the run is stopping on the sink's exception: deliver nothing more
      }
      while (head < results.length && done[head]) {
        R x = (R) results[head];
        results[head] = null;
        try {
          sink.accept(tasks.get(head), x);
        } catch (RuntimeException | Error e) {
          // without this, the next worker's delivery found the head's result taken and
          // handed null to the sink (an NPE replaced the sink's own exception)
          sinkFailed = true;
          throw e;
        }
        head++;
        window.release();
        progress.advance(1);
      }
    }

    synchronized int delivered() {
      return head;
    }
  }
}
