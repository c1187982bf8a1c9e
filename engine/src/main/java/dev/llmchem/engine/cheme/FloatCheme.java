package dev.llmchem.engine.cheme;

import dev.llmchem.engine.control.LimitException.Alternative;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.mig.UsedMap;
import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;

/**
 * {@link DenseCheme} in single precision: the table is converted once to {@code float}
 * (4 bytes per cell extra; a non-zero cost that would round to 0 becomes the smallest float so
 * the zero test, and hence the entry set, is exactly that of the double kernel) and the same
 * blocked kernel runs on float lanes.
 *
 * <p>Accuracy: entries are identical to {@link DenseCheme}; values differ by at most
 * {@link #errorBound(double[])} = 17 * 2^-24 * max(cost) / min(non-zero cost) (the float
 * rounding of the four costs and of three additions, relative to the denominator), and at most
 * {@link #ERROR_BOUND} on tables whose costs lie in [0.01, 1]. Measured on random positive
 * tables of |U| = 10..20 with costs in [0.01, 1): see perf-reports/cheme-dense.md. Use it for
 * screening; use the double kernel for reference-compatible values.
 *
 * <p>Thread-safety, parallelism and progress as in {@link DenseCheme}.
 */
public final class FloatCheme {
  /** Error bound for tables with all costs in [0.01, 1] (max/min ratio 100). */
  public static final double ERROR_BOUND = 17 * 0x1p-24 * 100;

  private FloatCheme() { }

  /** Sequential float CHEME. */
  public static ChemMatrix sequential(double[] cost, UsedMap map) {
    return sequential(cost, map, ProgressListener.NONE);
  }

  /** Sequential float CHEME with progress (and cancellation) through {@code progress}. */
  public static ChemMatrix sequential(double[] cost, UsedMap map, ProgressListener progress) {
    return compute(cost, map, 1, null, progress);
  }

  /** Parallel float CHEME with the common pool (its parallelism + the calling thread). */
  public static ChemMatrix parallel(double[] cost, UsedMap map) {
    ForkJoinPool pool = ForkJoinPool.commonPool();
    return compute(cost, map, pool.getParallelism() + 1, pool, ProgressListener.NONE);
  }

  /** Parallel float CHEME with {@code pool.getParallelism()} workers. */
  public static ChemMatrix parallel(double[] cost, UsedMap map, ForkJoinPool pool,
      ProgressListener progress) {
    return compute(cost, map, Math.max(1, pool.getParallelism()), pool, progress);
  }

  /** Parallel float CHEME (common pool + calling thread) with the given pair loop. */
  public static ChemMatrix parallel(double[] cost, UsedMap map, DenseCheme.Kernel kernel) {
    ForkJoinPool pool = ForkJoinPool.commonPool();
    return compute(cost, map, pool.getParallelism() + 1, pool, ProgressListener.NONE,
        floatKernel(kernel));
  }

  static FloatPairKernel floatKernel(DenseCheme.Kernel kernel) {
    FloatPairKernel v = VectorSupport.FLOAT_KERNEL;
    return switch (kernel) {
      case SCALAR -> FloatKernel.SCALAR;
      case AUTO -> v != null ? v : FloatKernel.SCALAR;
      case VECTOR -> {
        if (v == null) {
          throw new IllegalStateException("the Vector API kernel needs the llmchem-vector jar"
              + " and the JVM option --add-modules jdk.incubator.vector");
        }
        yield v;
      }
    };
  }

  /** A bound on |float chem - double chem| for this table (see the class comment). */
  public static double errorBound(double[] cost) {
    double max = 0;
    double min = Double.POSITIVE_INFINITY;
    for (double c : cost) {
      max = Math.max(max, c);
      if (c != 0) {
        min = Math.min(min, c);
      }
    }
    return min == Double.POSITIVE_INFINITY ? 0 : 17 * 0x1p-24 * max / Math.max(min, 0x1p-126);
  }

  static ChemMatrix compute(double[] cost, UsedMap map, int threads, ForkJoinPool pool,
      ProgressListener progress) {
    return compute(cost, map, threads, pool, progress, floatKernel(DenseCheme.Kernel.AUTO));
  }

  static ChemMatrix compute(double[] cost, UsedMap map, int threads, ForkJoinPool pool,
      ProgressListener progress, FloatPairKernel kernel) {
    int u = map.u();
    boolean hasZero = TableCheck.validate(cost, u);
    if (u < 3) {
      return DenseCheme.compute(cost, map, 1, null, progress);
    }
    LimitException.requireHeap(4L << u, "the float copy of the cost table for |U| = " + u,
        Alternative.DENSE_METHOD, Alternative.EXACT_EQ1_METHOD);
    float[] t = new float[1 << u];
    for (int i = 0; i < t.length; i++) {
      double c = cost[i];
      if (c > Float.MAX_VALUE) {
        throw new IllegalArgumentException("cost[" + i + "] = " + c + " exceeds float range");
      }
      float f = (float) c;
      t[i] = f == 0 && c != 0 ? Float.MIN_VALUE : f;
    }
    int np = u * (u - 1) / 2;
    progress.start("CHEME float |U|=" + u, DenseCheme.terms(u));
    BlockPlan plan = new BlockPlan(u, BlockPlan.LANE_BITS, BlockPlan.HIGH_BITS);
    LimitException.requireHeap((long) Math.max(1, threads) * (8L << plan.maxBufferBits),
        "CHEME buffers for |U| = " + u,
        Alternative.FEWER_MODELS);
    DenseDriver.Worker w = DenseDriver.run(plan, () -> new FloatWorker(plan, t, map, hasZero,
        kernel), threads, pool, progress, "float CHEME over |U| = " + u);
    double[] ok = w.ok;
    if (!hasZero) {
      ok = new double[np];
      Arrays.fill(ok, 1.0);
    }
    progress.finish();
    return Assemble.matrix(map, cost, w.mx, ok, hasZero);
  }

  /** A worker on float buffers. */
  private static final class FloatWorker extends DenseDriver.Worker {
    private final float[] table;
    private final UsedMap map;
    private final boolean checked;
    private final FloatPairKernel kernel;
    private final int u;
    private final float[] natural;
    private final float[] scratch;
    /** The natural buffer of the loaded sub-cube: {@code natural}, or the table itself. */
    private float[] current;
    private long loads;
    private long permutedAt = -1;
    private BlockPlan.Layout permuted;

    FloatWorker(BlockPlan plan, float[] table, UsedMap map, boolean checked,
        FloatPairKernel kernel) {
      super(map.u() * (map.u() - 1) / 2);
      this.kernel = kernel;
      this.table = table;
      this.map = map;
      this.checked = checked;
      this.u = map.u();
      this.natural = plan.maxBufferBits < u ? new float[1 << plan.maxBufferBits] : null;
      this.scratch = new float[1 << plan.maxBufferBits];
    }

    @Override
    void load(BlockPlan p, BlockPlan.Pass pass, int base) {
      loads++;
      if (pass.bufferBits == u) {
        current = table; // one sub-cube is the whole table, already in natural order
        return;
      }
      int[] g = pass.groups;
      FloatKernel.gather(table, base, p.start[g[0]], p.width[g[0]], p.start[g[1]],
          p.width[g[1]], p.start[g[2]], p.width[g[2]], natural);
      current = natural;
    }

    @Override
    void run(BlockPlan p, BlockPlan.Pass pass, BlockPlan.Layout lay, int from, int to) {
      float[] buf = current;
      int[] g = lay.groups;
      if (g[0] != 0) {
        if (permuted != lay || permutedAt != loads) {
          Transpose.permute(current, DenseDriver.naturalShift(p, pass, g[0]), p.width[g[0]],
              DenseDriver.naturalShift(p, pass, g[1]), p.width[g[1]],
              DenseDriver.naturalShift(p, pass, g[2]), p.width[g[2]], scratch);
          permuted = lay;
          permutedAt = loads;
        }
        buf = scratch;
      }
      int n = 1 << pass.bufferBits;
      for (int q = from; q < to; q++) {
        int lo = 1 << lay.pa[q];
        int hi = 1 << lay.pb[q];
        boolean lowFirst = map.sIndex(lay.ua[q]) < map.sIndex(lay.ub[q]);
        int slot = DenseDriver.pairIndex(u, lay.ua[q], lay.ub[q]);
        FloatPairKernel k = lo >= kernel.minRun() ? kernel : FloatKernel.SCALAR;
        if (checked) {
          k.pairMaxChecked(buf, n, lo, hi, lowFirst ? lo : hi, lowFirst ? hi : lo,
              mx, ok, slot);
        } else {
          mx[slot] = k.pairMax(buf, n, lo, hi, lowFirst ? lo : hi,
              lowFirst ? hi : lo, (float) mx[slot]);
        }
      }
    }
  }
}
