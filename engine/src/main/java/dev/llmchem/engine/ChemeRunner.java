package dev.llmchem.engine;

import dev.llmchem.engine.control.LimitException.Alternative;
import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.cheme.ChemMatrix;
import dev.llmchem.engine.cheme.DenseCheme;
import dev.llmchem.engine.cheme.Eq1Cheme;
import dev.llmchem.engine.cheme.Eq1Result;
import dev.llmchem.engine.cheme.NaiveCheme;
import dev.llmchem.engine.cost.CostTable;
import dev.llmchem.engine.internal.SharedArrays;
import dev.llmchem.engine.mig.UsedMap;
import dev.llmchem.engine.profile.UsedSet;
import java.util.concurrent.ForkJoinPool;

/** Dispatches a CHEME request to the chosen kernel and thread arrangement. */
final class ChemeRunner {
  private ChemeRunner() { }

  static ChemMatrix run(CostTable cost, ChemeOptions o) {
    int s = cost.universeSize();
    if (s > 64) {
      throw LimitException.size("subsets of S as 64-bit masks", s, 64, "|S| = " + s
          + " models: the dense CHEME kernels index subsets of S by 64-bit masks (|S| <= 64)",
          Alternative.EXACT_EQ1_METHOD, Alternative.FEWER_MODELS);
    }
    UsedMap map = new UsedMap(s, cost.bitToS());
    double[] table = SharedArrays.costTable(cost); // in place: the kernels only read it
    switch (o.method()) {
      case NAIVE:
        if (s > NaiveCheme.MAX_S) {
          throw LimitException.size("naive CHEME over 2^|S| subsets", s, NaiveCheme.MAX_S,
              "the naive CHEME method enumerates all 2^|S| subsets and takes |S| <= "
              + NaiveCheme.MAX_S + "; |S| = " + s, Alternative.DENSE_METHOD);
        }
        return NaiveCheme.compute(table, map, o.progress());
      case DENSE:
      default:
        if (o.threads() == 1) {
          return DenseCheme.sequential(table, map, o.progress());
        }
        return withPool(o, pool -> DenseCheme.parallel(table, map, pool, o.progress()));
    }
  }

  /** What {@link Chemistry#kernel()} reports for {@code method} run over {@code cost}. */
  static String kernel(ChemeOptions.Method method, CostTable cost) {
    return method == ChemeOptions.Method.DENSE && cost != null
        ? DenseCheme.kernelName(DenseCheme.Kernel.AUTO, cost.usedCount()) : method.label();
  }

  /** Exact Eq. 1 CHEME over U (rank order) for any |U| and |S|, with witnesses. */
  static Eq1Result exactEq1(UsedSet used, ChemeOptions o) {
    double[] p = used.penalties();
    int[] r2s = used.members();
    int s = used.universeSize();
    return withPool(o, pool -> Eq1Cheme.parallel(p, r2s, s, pool, o.progress()));
  }

  /** Runs {@code job} with a pool of the requested size (0 = one worker per core), then shuts it. */
  private static <T> T withPool(ChemeOptions o,
      java.util.function.Function<ForkJoinPool, T> job) {
    int n = o.threads() == 0 ? Runtime.getRuntime().availableProcessors() : o.threads();
    ForkJoinPool pool = new ForkJoinPool(n);
    try {
      return job.apply(pool);
    } finally {
      pool.shutdown();
    }
  }
}
