package dev.llmchem.engine.recommend;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.internal.Workers;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * How the meet-in-the-middle searches ({@link ExactSearch}, {@link TopKSearch}) share their
 * work: the 2^(n - low) values of the high bits are cut into about 8 chunks per worker (at
 * least 64), which the workers ({@link Workers#run}: the calling thread and tasks in the pool)
 * take from a shared counter, polling the listener before each and reporting each chunk's
 * 2^low subsets per high value. Stateless.
 */
final class HighChunks {
  private HighChunks() { }

  /** One worker's scan of the high values [from, to). */
  interface Scan {
    void range(int from, int to);
  }

  /**
   * Runs the chunks; {@code worker.apply(w)} makes worker w's scan on its own thread (w &lt;
   * {@code max(1, workers)}), which keeps its own results.
   *
   * @param task the listener's name of the work
   * @param work the name of the work in a {@link CancelledException}
   * @throws CancelledException when the listener cancels, with the share of chunks done
   */
  static void run(int n, int low, ForkJoinPool pool, int workers, ProgressListener listener,
      String task, String work, IntFunction<Scan> worker) {
    int highs = 1 << (n - low);
    int chunks = Math.min(highs, Math.max(64, workers * 8));
    int crew = Math.max(1, Math.min(workers, chunks));
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    listener.start(task, 1L << n);
    boolean cancelled = Workers.run(crew, pool, listener, (w, stop) -> {
      Scan scan = worker.apply(w);
      for (int c; (c = next.getAndIncrement()) < chunks && !stop.poll(); ) {
        int from = (int) ((long) highs * c / chunks);
        int to = (int) ((long) highs * (c + 1) / chunks);
        scan.range(from, to);
        listener.advance((long) (to - from) << low);
        done.incrementAndGet();
      }
    });
    if (cancelled) {
      throw new CancelledException(work, (double) done.get() / chunks);
    }
    listener.finish();
  }
}
