package dev.llmchem.engine.cheme;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.internal.Workers;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/** Validation of a caller's cost table: one pass, in parallel for large tables. */
final class TableCheck {
  private TableCheck() { }

  /** Flag of {@link #scan}: some cell is 0 (the kernels must run the zero-cost test). */
  static final int ZERO = 1;
  /** Flag of {@link #scan}: every non-zero cost lies in [2^-200, 2^200]. */
  static final int MODERATE = 2;
  /** Flag of {@link #scan}: every non-zero cost lies in [2^-100, 2^100] (normal as floats). */
  static final int FLOAT_SAFE = 4;

  /** What one pass over a table found: its flags and its smallest and largest non-zero cost. */
  record Summary(int flags, double min, double max) {
    boolean has(int flag) {
      return (flags & flag) != 0;
    }
  }

  /**
   * Checks length 2^u and that every cell is finite and >= 0 (-0.0 allowed, counts as 0).
   *
   * @return whether some cell is 0 (then the kernels must run the zero-cost test)
   * @throws IllegalArgumentException naming the first bad cell
   */
  static boolean validate(double[] cost, int u) {
    return (scan(cost, u) & ZERO) != 0;
  }

  /** As {@link #validate}, returning {@link #ZERO} | {@link #MODERATE} | {@link #FLOAT_SAFE}. */
  static int scan(double[] cost, int u) {
    return summarize(cost, u).flags();
  }

  /** As {@link #scan}, with the smallest and largest non-zero cost (+inf, 0 if none). */
  static Summary summarize(double[] cost, int u) {
    return summarize(cost, u, ProgressListener.NONE, "checking the cost table");
  }

  /** Cells between two polls of {@code progress.cancelled()} in {@link #summarize}. */
  static final int POLL_CELLS = 1 << 20;

  /** Tables from this many cells are checked by every worker of the run (see below). */
  static final int PARALLEL_CELLS = 1 << 22;

  /**
   * As above, polling {@code progress} every {@link #POLL_CELLS} cells (a 2^26-cell table takes
   * a few hundred ms in a cold JVM): stops with a {@code CancelledException} naming
   * {@code what}.
   */
  static Summary summarize(double[] cost, int u, ProgressListener progress, String what) {
    checkShape(cost, u);
    Summary all = NOTHING;
    for (int from = 0; from < cost.length; from += POLL_CELLS) {
      if (from > 0) {
        progress.stopIfCancelled(what);
      }
      all = merge(all, range(cost, from, Math.min(cost.length, from + POLL_CELLS)));
    }
    return all;
  }

  /**
   * As above with {@code threads} workers ({@link Workers#run}: the calling thread and tasks in
   * {@code pool}) for tables of {@link #PARALLEL_CELLS} or more: blocks of
   * {@link #POLL_CELLS} cells go to whichever worker is free, which polls before each block
   * but the first (as the one-thread scan polls between blocks). One thread reads a 2^26-cell
   * table at ~12 GB/s here (42 ms); the check runs before the kernel, so the other cores would
   * idle. The summary is the same for any thread count (flags, min and max merge in any
   * order); a table with a bad cell is scanned again on the calling thread, so the message
   * names the first one.
   */
  static Summary summarize(double[] cost, int u, ProgressListener progress, String what,
      int threads, ForkJoinPool pool) {
    int n = Math.max(1, threads);
    if (n == 1 || cost.length < PARALLEL_CELLS) {
      return summarize(cost, u, progress, what);
    }
    checkShape(cost, u);
    int blocks = cost.length / POLL_CELLS;
    AtomicInteger next = new AtomicInteger();
    Summary[] parts = new Summary[n];
    boolean cancelled;
    try {
      cancelled = Workers.run(n, pool, progress, (w, stop) -> {
        Summary mine = NOTHING;
        // polls before every block but the first, as the one-thread scan does
        for (int b = next.getAndIncrement(); b < blocks && (b == 0 || !stop.poll());
            b = next.getAndIncrement()) {
          mine = merge(mine, range(cost, b * POLL_CELLS, (b + 1) * POLL_CELLS));
        }
        parts[w] = mine;
      });
    } catch (IllegalArgumentException e) {
      return summarize(cost, u, progress, what); // throws, naming the first bad cell
    }
    if (cancelled) {
      throw new CancelledException(what, 0);
    }
    Summary all = NOTHING;
    for (Summary s : parts) {
      all = merge(all, s);
    }
    return all;
  }

  /** The summary of no cells: flags of a moderate, float-safe table without zeros. */
  private static final Summary NOTHING = new Summary(MODERATE | FLOAT_SAFE,
      Double.POSITIVE_INFINITY, 0);

  /** Two parts' summary: ZERO if either has it, MODERATE and FLOAT_SAFE if both have them. */
  static Summary merge(Summary a, Summary b) {
    int flags = ((a.flags() | b.flags()) & ZERO) | (a.flags() & b.flags() & ~ZERO);
    return new Summary(flags, Math.min(a.min(), b.min()), Math.max(a.max(), b.max()));
  }

  private static void checkShape(double[] cost, int u) {
    if (u < 0 || u > DenseCheme.MAX_U) {
      throw new IllegalArgumentException("|U| = " + u + " is outside 0.." + DenseCheme.MAX_U
          + " for the dense kernel (a table of 2^" + u + " doubles = " + (8L << u) + " bytes)");
    }
    if (cost.length != 1 << u) {
      throw new IllegalArgumentException("cost table length " + cost.length + " != 2^|U| = "
          + (1L << u));
    }
  }

  /** The summary of {@code cost[from, to)}: min/max chunks, cell by cell where they are odd. */
  private static Summary range(double[] cost, int from, int to) {
    int flags = MODERATE | FLOAT_SAFE;
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (int c = from; c < to; c += CHUNK) {
      int e = Math.min(to, c + CHUNK);
      double lo = Double.POSITIVE_INFINITY;
      double hi = 0;
      for (int i = c; i < e; i++) {
        lo = Math.min(lo, cost[i]); // NaN propagates: !(lo >= 0) below
        hi = Math.max(hi, cost[i]);
      }
      if (lo >= 0x1p-200 && hi <= 0x1p200) {
        // the common chunk: all costs moderate, none zero or bad
        flags &= lo >= 0x1p-100 && hi <= 0x1p100 ? ~0 : ~FLOAT_SAFE;
        min = Math.min(min, lo);
        max = Math.max(max, hi);
        continue;
      }
      Summary s = merge(new Summary(flags, min, max), scanExactly(cost, c, e));
      flags = s.flags();
      min = s.min();
      max = s.max();
    }
    return new Summary(flags, min, max);
  }

  /** Cells per min/max chunk of {@link #scan} (its vectorised reductions, 4.5x the cell loop). */
  private static final int CHUNK = 4096;

  /** The cell-by-cell scan of {@code cost[from, to)}: the oracle, and the path for chunks with
   * zeros, extreme or bad costs (it names the first bad cell). */
  static Summary scanExactly(double[] cost, int from, int to) {
    boolean zero = false;
    boolean extreme = false;
    boolean wide = false;
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (int i = from; i < to; i++) {
      double c = cost[i];
      if (!(c >= 0) || c == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException("cost[" + i + "] = " + c
            + ": costs must be finite and >= 0");
      }
      zero |= c == 0;
      extreme |= c != 0 && (c < 0x1p-200 || c > 0x1p200);
      wide |= c != 0 && (c < 0x1p-100 || c > 0x1p100);
      if (c != 0) {
        min = Math.min(min, c);
        max = Math.max(max, c);
      }
    }
    int flags = (zero ? ZERO : 0) | (extreme ? 0 : MODERATE) | (wide ? 0 : FLOAT_SAFE);
    return new Summary(flags, min, max);
  }
}
