package dev.llmchem.engine.cheme;

import dev.llmchem.engine.control.LimitException.Alternative;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.internal.Workers;
import dev.llmchem.engine.mig.UsedMap;
import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Exhaustive CHEME (SPEC section 6) over a dense cost table: every (X, a, b) term over U in
 * double precision, cache-blocked ({@link BlockPlan}) and JIT-vectorised
 * ({@link DenseKernel}); pairs with a member outside U get their entries from
 * {@link OutsidePairs} (their value is exactly 0).
 *
 * <p>Input: {@code cost} of length 2^|U| indexed by U mask (bit j = the j-th used model,
 * {@code uToS[j]} its S index); any finite values >= 0 (zeros are "no node" and skip terms;
 * -0.0 counts as 0). The cost of an S subset X is {@code cost[compress(X ∩ U)]}.
 *
 * <p>Result: equal to {@link NaiveCheme} on the same input: identical entry sets, and values
 * bit-identical for pairs inside U (same term arithmetic); outside U it is exact 0 where the
 * oracle may leave rounding residue (~1e-17 relative to the costs).
 *
 * <p>Work C(u,2) 2^(u-2) terms; extra memory two 2^16-cell buffers per worker. Sequential and
 * parallel results are bit-identical for any thread count. Thread-safe (no shared state); the
 * table is only read. Workers ({@link Workers}): the calling thread is always one; the entry
 * points without a pool run one per available processor with the common pool, those with a
 * pool as many as its parallelism (or the given {@code threads}). They pay off from |U| ~ 14.
 *
 * <p>Pair loop: the entry points without a {@link Kernel} argument use {@link Kernel#AUTO}:
 * for large |U| ({@link #VECTOR_COLD_FROM_U}, or {@link #VECTOR_WARM_FROM_U} once the JIT has
 * compiled it) the Vector API kernel when the optional
 * {@code llmchem-vector} jar is present and the JVM runs with {@code --add-modules
 * jdk.incubator.vector} (see {@link #vectorAvailable()}), else the JIT-vectorised scalar loops.
 * Both are bit-identical; {@link #kernelName(Kernel, int)} tells which one runs.
 */
public final class DenseCheme {
  /** Largest |U| accepted (a double table of 2^30 cells is 8 GiB). */
  public static final int MAX_U = 30;

  /** Which pair loop the double kernel runs. */
  public enum Kernel {
    /**
     * The vector kernel when available and |U| &gt;= {@link #VECTOR_COLD_FROM_U} (or
     * {@link #VECTOR_WARM_FROM_U} once it is compiled), else the scalar loops.
     */
    AUTO,
    /** The JIT-vectorised scalar loops (always available). */
    SCALAR,
    /** The Vector API kernel of the optional {@code llmchem-vector} module (else refused). */
    VECTOR
  }

  /**
   * Smallest |U| for which {@link Kernel#AUTO} runs the Vector API kernel in a JVM where it has
   * not run yet. The JIT spends 1.4-2.2 s of C2 time (2 cores) compiling the Vector API code,
   * and until then that code runs orders of magnitude slower than the scalar loops: in a fresh
   * process the scalar loops finish first below this size (perf-reports: "vector crossover").
   */
  public static final int VECTOR_COLD_FROM_U = 26;

  /**
   * Smallest |U| for which {@link Kernel#AUTO} runs the Vector API kernel once it is compiled
   * (it has done {@link #VECTOR_WARM_TERMS} terms in this JVM): 2-3x faster than the scalar
   * loops from here on.
   */
  public static final int VECTOR_WARM_FROM_U = 16;

  /** Terms the vector kernel must have done before it counts as compiled (about a second). */
  static final long VECTOR_WARM_TERMS = 1L << 30;

  /** Terms the vector kernel has done in this JVM (see {@link #VECTOR_WARM_TERMS}). */
  private static final AtomicLong VECTOR_TERMS = new AtomicLong();

  /** Sets the count of {@link #VECTOR_TERMS} (tests: a cold or a warm JVM on demand). */
  static void vectorTermsForTests(long terms) {
    VECTOR_TERMS.set(terms);
  }

  private DenseCheme() { }

  /** Sequential CHEME on the calling thread. */
  public static ChemMatrix sequential(double[] cost, UsedMap map) {
    return compute(cost, map, 1, null, ProgressListener.NONE);
  }

  /** Sequential CHEME with progress in terms ({@code C(u,2) 2^(u-2)} in total). */
  public static ChemMatrix sequential(double[] cost, UsedMap map, ProgressListener progress) {
    return compute(cost, map, 1, null, progress);
  }

  /**
   * Parallel CHEME with one worker per available processor ({@link Workers#available()}): the
   * calling thread runs one, the others are tasks in the common pool.
   */
  public static ChemMatrix parallel(double[] cost, UsedMap map) {
    return compute(cost, map, Workers.available(), ForkJoinPool.commonPool(),
        ProgressListener.NONE);
  }

  /**
   * Parallel CHEME with {@code pool.getParallelism()} workers: the calling thread runs one,
   * the others are tasks in {@code pool}. Progress is reported from those threads.
   */
  public static ChemMatrix parallel(double[] cost, UsedMap map, ForkJoinPool pool,
      ProgressListener progress) {
    return compute(cost, map, Workers.of(pool), pool, progress);
  }

  /** Sequential CHEME with the given pair loop. */
  public static ChemMatrix sequential(double[] cost, UsedMap map, Kernel kernel) {
    return compute(cost, map, 1, null, ProgressListener.NONE, BlockPlan.LANE_BITS,
        BlockPlan.HIGH_BITS, pairKernel(kernel, map.u()));
  }

  /**
   * Parallel CHEME with the given pair loop and one worker per available processor (the
   * calling thread and tasks in the common pool).
   */
  public static ChemMatrix parallel(double[] cost, UsedMap map, Kernel kernel) {
    return parallel(cost, map, ForkJoinPool.commonPool(), ProgressListener.NONE, kernel,
        Workers.available());
  }

  /**
   * Parallel CHEME with the given pair loop and {@code threads} workers: the calling thread and
   * {@code threads - 1} tasks in {@code pool}.
   */
  public static ChemMatrix parallel(double[] cost, UsedMap map, ForkJoinPool pool,
      ProgressListener progress, Kernel kernel, int threads) {
    return compute(cost, map, threads, pool, progress, BlockPlan.LANE_BITS,
        BlockPlan.HIGH_BITS, pairKernel(kernel, map.u()));
  }

  /**
   * Whether the Vector API kernel can run: the {@code llmchem-vector} jar is on the path and
   * the JVM was started with {@code --add-modules jdk.incubator.vector}.
   */
  public static boolean vectorAvailable() {
    return VectorSupport.kernel() != null;
  }

  /**
   * The name of the pair loop {@code kernel} resolves to over |U| = {@code u}: "scalar" (the
   * JIT-vectorised Java loops) or "vector-N" (the Vector API kernel, N double lanes).
   */
  public static String kernelName(Kernel kernel, int u) {
    return pairKernel(kernel, u).name();
  }

  /** The pair loop {@code kernel} resolves to over |U| = {@code u}. */
  static PairKernel pairKernel(Kernel kernel, int u) {
    return switch (kernel) {
      case SCALAR -> DenseKernel.SCALAR;
      case AUTO -> {
        PairKernel v = VectorSupport.POSSIBLE && (u >= VECTOR_COLD_FROM_U || VectorSupport.ALWAYS
            || u >= VECTOR_WARM_FROM_U && VECTOR_TERMS.get() >= VECTOR_WARM_TERMS)
            ? VectorSupport.kernel() : null;
        yield v != null ? v : DenseKernel.SCALAR;
      }
      case VECTOR -> {
        PairKernel v = VectorSupport.kernel();
        if (v == null) {
          throw new IllegalStateException("the Vector API kernel needs the llmchem-vector jar"
              + " and the JVM option --add-modules jdk.incubator.vector");
        }
        yield v;
      }
    };
  }

  /** Convenience: {@code sequential(cost, new UsedMap(s, uToS))}. */
  public static ChemMatrix sequential(double[] cost, int s, int[] uToS) {
    return sequential(cost, new UsedMap(s, uToS));
  }

  /** Convenience: {@code parallel(cost, new UsedMap(s, uToS))}. */
  public static ChemMatrix parallel(double[] cost, int s, int[] uToS) {
    return parallel(cost, new UsedMap(s, uToS));
  }

  /**
   * Largest |U| run by {@link #direct}: below it the blocked plan's set-up (plan, sweep order,
   * buffers, transposes) costs more than the short runs it avoids, and a history of 10^4-10^5
   * small tasks pays that set-up per task (and, in a fresh JVM, warms up every method of it).
   * Warm, one thread, the blocked plan is already ahead at |U| = 10 (JMH {@code
   * ChemeSmallTaskBenchmark}, perf-reports/2026-12-07-small-tasks/cheme-small-quiet.json:
   * 18 vs 23 us; 11: 33 vs 84 us), but a fresh JVM over 31,129 RouterBench tasks of up to 11
   * models took the same whole-process time with the cut at 10 or 11 (3.15 vs 3.08 s median,
   * interleaved): the direct loops pay in a fresh JVM's first pass over many small tasks (the
   * many-task pipeline figures of perf-reports/2026-12-07-production-scale), so the cut
   * stays at 10.
   */
  public static final int DIRECT_UP_TO_U = Integer.getInteger("llmchem.cheme.directUpTo", 10);

  private static final int directUpTo = DIRECT_UP_TO_U;

  /**
   * Every pair of U straight over the table in its natural order, with the same pair loops as
   * the blocked workers (same terms in the same arithmetic, so bit-identical maxima; runs
   * shorter than {@code kernel}'s lanes take {@code fallback}): for a pair of U bits i &lt; j
   * the loop's runs are 2^i cells long, which small tables can afford.
   */
  static void direct(double[] cost, UsedMap map, PairKernel kernel, PairKernel fallback,
      boolean checked, double[] mx, double[] ok) {
    int u = map.u();
    int n = 1 << u;
    for (int i = 0; i < u; i++) {
      for (int j = i + 1; j < u; j++) {
        int lo = 1 << i;
        int hi = 1 << j;
        boolean lowFirst = map.sIndex(i) < map.sIndex(j);
        int f = lowFirst ? lo : hi;
        int g = lowFirst ? hi : lo;
        int slot = DenseDriver.pairIndex(u, i, j);
        PairKernel k = lo >= kernel.minRun() ? kernel : fallback;
        if (checked) {
          k.pairMaxChecked(cost, n, lo, hi, f, g, mx, ok, slot);
        } else {
          mx[slot] = k.pairMax(cost, n, lo, hi, f, g, mx[slot]);
        }
      }
    }
  }

  /** Terms of the exhaustive kernel over |U| = u: C(u,2) 2^(u-2). */
  public static long terms(int u) {
    return u < 2 ? 0 : ((long) u * (u - 1) / 2) << (u - 2);
  }

  static ChemMatrix compute(double[] cost, UsedMap map, int threads, ForkJoinPool pool,
      ProgressListener progress) {
    return compute(cost, map, threads, pool, progress, BlockPlan.LANE_BITS, BlockPlan.HIGH_BITS,
        pairKernel(Kernel.AUTO, map.u()), map.u() <= directUpTo);
  }

  /** As above with explicit plan parameters (tests use tiny groups to exercise many passes). */
  static ChemMatrix compute(double[] cost, UsedMap map, int threads, ForkJoinPool pool,
      ProgressListener progress, int laneBits, int highBits, PairKernel kernel) {
    return compute(cost, map, threads, pool, progress, laneBits, highBits, kernel, false);
  }

  /** As above; {@code direct}: a small table runs {@link #direct}, not the blocked plan. */
  private static ChemMatrix compute(double[] cost, UsedMap map, int threads, ForkJoinPool pool,
      ProgressListener progress, int laneBits, int highBits, PairKernel kernel, boolean direct) {
    int u = map.u();
    TableCheck.Summary sum = TableCheck.summarize(cost, u, progress, "dense CHEME over |U| = "
        + u, threads, pool);
    boolean hasZero = sum.has(TableCheck.ZERO);
    boolean moderate = sum.has(TableCheck.MODERATE);
    PairKernel scalar = moderate ? DenseKernel.SCALAR.forModerateTables() : DenseKernel.SCALAR;
    PairKernel chosen = moderate ? kernel.forModerateTables() : kernel;
    int np = u * (u - 1) / 2;
    double[] mx = new double[np];
    double[] ok = new double[np];
    progress.start("CHEME |U|=" + u, terms(u));
    if (u == 2) {
      boolean lowFirst = map.sIndex(0) < map.sIndex(1);
      double c0 = cost[0];
      double cf = cost[lowFirst ? 1 : 2];
      double cg = cost[lowFirst ? 2 : 1];
      double cab = cost[3];
      if (c0 != 0 && cf != 0 && cg != 0 && cab != 0) {
        ok[0] = 1;
        mx[0] = Math.abs(cab - cf - cg + c0) / cab;
      }
      progress.advance(1);
    } else if (u >= 3 && direct) {
      direct(cost, map, chosen, scalar, hasZero, mx, ok);
      progress.advance(terms(u));
      if (!hasZero) {
        Arrays.fill(ok, 1.0);
      }
    } else if (u >= 3) {
      int[] rank = new int[u];
      Arrays.setAll(rank, map::sIndex);
      BlockPlan plan = BlockPlan.of(u, laneBits, highBits, rank);
      int workers = Math.max(1, threads);
      // the float skip test's margin (PairKernel.cherryMax); NaN = no float test
      double rho = !hasZero && sum.has(TableCheck.FLOAT_SAFE) && chosen.floatFilter()
          ? sum.max() / sum.min() * 0x1p-19 : Double.NaN;
      int cells = 1 << plan.maxBufferBits;
      boolean aligned = !Double.isNaN(rho) && AlignedFloats.use(terms(u), 2 * workers, cells);
      LimitException.requireHeap((long) workers * (16L * cells + 2 * AlignedFloats.bytes(cells,
          aligned)), "CHEME buffers for |U| = " + u, Alternative.FEWER_MODELS);
      DenseDriver.Worker w = DenseDriver.run(plan, () -> new DoubleWorker(plan, cost, map,
          hasZero, chosen, scalar, rho, aligned), threads, pool, progress,
          "dense CHEME over |U| = " + u);
      System.arraycopy(w.mx, 0, mx, 0, np);
      System.arraycopy(w.ok, 0, ok, 0, np);
      if (!hasZero) {
        Arrays.fill(ok, 1.0);
      }
    }
    if (kernel != DenseKernel.SCALAR) {
      VECTOR_TERMS.addAndGet(terms(u));
    }
    progress.finish();
    return Assemble.matrix(map, cost, mx, ok, hasZero, kernel.name());
  }
}
