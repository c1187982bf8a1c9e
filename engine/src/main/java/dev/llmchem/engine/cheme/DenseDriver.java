package dev.llmchem.engine.cheme;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.internal.Workers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a {@link BlockPlan} over the work items (pass, outer setting, pair slice) with one or
 * more workers that pull items from a shared counter (self-scheduling, so a slow core does not
 * hold the others back). Each worker owns its buffers and its per-pair max/flag arrays; they
 * are merged by max at the end, so the result is bit-identical for any worker count.
 *
 * <p>Cancellation: before each work item a worker polls {@link Workers.Stop#poll} (an item is
 * a buffer of up to 2^16 cells times its pairs: milliseconds, so the poll costs nothing
 * measurable); once {@code progress.cancelled()} was true every worker stops taking items and
 * {@link #run} throws {@link CancelledException} after all have returned.
 */
final class DenseDriver {
  private DenseDriver() { }

  /** One worker: its buffers and its per-pair accumulators. */
  abstract static class Worker {
    final double[] mx;
    final double[] ok;

    Worker(int pairs) {
      mx = new double[pairs];
      ok = new double[pairs];
    }

    /** Whether pair {@code slot} is still open: its max is below 1 ({@link DenseDriver#open}). */
    final boolean open(int slot) {
      return !(mx[slot] >= 1.0);
    }

    /** Gathers the natural buffer of pass {@code p} at table offset {@code base}. */
    abstract void load(BlockPlan p, BlockPlan.Pass pass, int base);

    /** Runs pairs [from, to) of layout {@code lay} of the loaded pass (one of them open). */
    abstract void run(BlockPlan p, BlockPlan.Pass pass, BlockPlan.Layout lay, int from, int to);
  }

  /** Creates workers. */
  interface WorkerFactory {
    Worker create();
  }

  /** Index of the unordered U pair i < j in a triangular array of u(u-1)/2. */
  static int pairIndex(int u, int i, int j) {
    return i * (2 * u - i - 1) / 2 + (j - i - 1);
  }

  /**
   * Runs the plan with {@code threads} workers ({@link Workers#run}: one on the calling thread,
   * {@code threads - 1} submitted to {@code pool}, which may be null when {@code threads <= 1};
   * all pull from one counter, so a task the pool starts late just finds no work). Returns the
   * merged worker (mx, ok per U pair).
   *
   * @param what the work, named in the {@link CancelledException} when it is cancelled
   */
  static Worker run(BlockPlan plan, WorkerFactory factory, int threads, ForkJoinPool pool,
      ProgressListener progress, String what) {
    int n = Math.max(1, threads);
    int slices = 1;
    long subcubes = 0;
    for (BlockPlan.Pass p : plan.passes) {
      subcubes += p.outerCount;
    }
    if (n > 1 && subcubes < 8L * n) {
      slices = (int) Math.min(8L * n / subcubes + 1, 64);
    }
    List<long[]> items = new ArrayList<>();
    List<int[]> cuts = new ArrayList<>();
    long total = 0;
    for (int pi = 0; pi < plan.passes.size(); pi++) {
      BlockPlan.Pass p = plan.passes.get(pi);
      int[] c = slices == 1 ? new int[] {0, p.pairCount} : cuts(p, slices);
      cuts.add(c);
      items.add(new long[] {pi, total});
      total += p.outerCount * (c.length - 1);
    }
    AtomicLong next = new AtomicLong();
    long totalItems = total;
    Worker[] workers = new Worker[n];
    boolean cancelled = Workers.run(n, pool, progress, (t, stop) ->
        work(plan, factory, workers, t, items, cuts, next, totalItems, progress, stop));
    if (cancelled) {
      throw new CancelledException(what, (double) Math.min(next.get(), totalItems) / totalItems);
    }
    Worker m = null;
    for (Worker w : workers) { // Workers.run joined every task: their writes are visible
      if (w == null) {
        continue; // started after the last item: it found no work and made no buffers
      } else if (m == null) {
        m = w;
        continue;
      }
      for (int q = 0; q < m.mx.length; q++) {
        m.mx[q] = Math.max(m.mx[q], w.mx[q]);
        m.ok[q] = Math.max(m.ok[q], w.ok[q]);
      }
    }
    return m != null ? m : factory.create(); // no item at all: nothing was swept
  }

  /**
   * Pair boundaries of the slices of a pass that is split among workers (too few sub-cubes to
   * keep them busy, e.g. |U| &lt;= 16: one sub-cube). Each permuted layout is one slice, so the
   * worker that takes it makes its copy once and no other worker repeats it; the natural
   * layout, which needs no copy, is cut into {@code slices} pieces that balance the load.
   */
  static int[] cuts(BlockPlan.Pass p, int slices) {
    int[] c = new int[p.pairCount + 1];
    int k = 0;
    int ord = 0;
    for (BlockPlan.Layout lay : p.layouts) {
      int n = lay.pairCount();
      int pieces = lay.groups[0] == 0 ? Math.min(slices, n) : Math.min(1, n);
      for (int i = 0; i < pieces; i++) {
        c[k++] = ord + (int) ((long) n * i / pieces);
      }
      ord += n;
    }
    c[k++] = ord;
    return java.util.Arrays.copyOf(c, k);
  }

  /**
   * Worker {@code index}'s loop: takes items until none is left. Its {@link Worker} (buffers of
   * up to 2^16 doubles and their float copies) is made by this thread when it takes its first
   * item, so the workers zero their buffers in parallel and a task the pool starts after the
   * last item allocates nothing (at |U| = 16 the 2 MB of two workers took the calling thread
   * ~0.2 ms of a 0.9 ms call, perf-reports/2026-12-08-zen3-avx2).
   */
  private static void work(BlockPlan plan, WorkerFactory factory, Worker[] workers, int index,
      List<long[]> items, List<int[]> cuts, AtomicLong next, long totalItems,
      ProgressListener progress, Workers.Stop stop) {
    Worker w = null;
    int loadedPass = -1;
    long loadedOuter = -1;
    for (long it = next.getAndIncrement(); it < totalItems; it = next.getAndIncrement()) {
      if (stop.poll()) {
        return;
      }
      if (w == null) {
        w = factory.create();
        workers[index] = w;
      }
      int k = items.size() - 1;
      while (items.get(k)[1] > it) {
        k--;
      }
      long[] desc = items.get(k);
      BlockPlan.Pass p = plan.passes.get((int) desc[0]);
      int sl = cuts.get(k).length - 1;
      long rel = it - desc[1];
      long outer = rel / sl;
      int slice = (int) (rel % sl);
      int from = cuts.get(k)[slice];
      int to = cuts.get(k)[slice + 1];
      int ord = 0;
      for (BlockPlan.Layout lay : p.layouts) {
        int lo = Math.max(from, ord) - ord;
        int hi = Math.min(to, ord + lay.pairCount()) - ord;
        ord += lay.pairCount();
        if (lo >= hi || !open(plan.u, lay, w, lo, hi)) {
          continue; // no pair here, or all saturated: no copy, no sweep, and no gather yet
        }
        if (loadedPass != k || loadedOuter != outer) { // the item's first open layout
          w.load(plan, p, plan.outerBase(p, outer));
          loadedPass = k;
          loadedOuter = outer;
        }
        w.run(plan, p, lay, lo, hi);
      }
      progress.advance((long) (to - from) << (p.bufferBits - 2));
    }
  }

  /**
   * Whether pairs [from, to) of layout {@code lay} hold one that {@code w} has not saturated. A
   * pair's CHEME value is min(max of its terms, 1) and terms are never NaN (the table check
   * refuses NaN, infinite and negative costs; skipped terms count 0), so once a worker's max for
   * a pair reaches 1 no later term can change the answer: the worker skips the pair, a layout
   * (its permuted copy included) when all of its pairs are saturated, and the gather of an item
   * none of whose layouts is open. On real histories many pairs saturate (31 of the 66 of
   * runs.csv, every pair of the synthetic ones), most within the first sub-cubes. The result is
   * the same bits for any order of items and workers.
   */
  static boolean open(int u, BlockPlan.Layout lay, Worker w, int from, int to) {
    for (int q = from; q < to; q++) {
      if (w.open(pairIndex(u, lay.ua[q], lay.ub[q]))) {
        return true;
      }
    }
    return false;
  }

  /** Shift of group {@code q} in the natural buffer of {@code pass}. */
  static int naturalShift(BlockPlan plan, BlockPlan.Pass pass, int q) {
    int s = 0;
    for (int g : pass.groups) {
      if (g == q) {
        return s;
      }
      s += plan.width[g];
    }
    throw new IllegalArgumentException("group " + q + " not in pass");
  }
}
