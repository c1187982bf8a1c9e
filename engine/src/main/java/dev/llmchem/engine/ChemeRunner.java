package dev.llmchem.engine;

import dev.llmchem.engine.control.LimitException.Alternative;
import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.cheme.ChemMatrix;
import dev.llmchem.engine.cheme.DenseCheme;
import dev.llmchem.engine.cheme.Eq1Cheme;
import dev.llmchem.engine.cheme.Eq1Result;
import dev.llmchem.engine.cheme.NaiveCheme;
import dev.llmchem.engine.cost.CostTable;
import dev.llmchem.engine.interaction.DenseInteraction;
import dev.llmchem.engine.interaction.Eq1Interaction;
import dev.llmchem.engine.interaction.InteractionIndex;
import dev.llmchem.engine.interaction.InteractionMatrix;
import dev.llmchem.engine.interaction.NaiveInteraction;
import dev.llmchem.engine.internal.SharedArrays;
import dev.llmchem.engine.internal.Workers;
import dev.llmchem.engine.mig.UsedMap;
import dev.llmchem.engine.profile.UsedSet;

/**
 * Dispatches a CHEME request to the chosen kernel and thread arrangement: {@code threads} as
 * {@link Workers#withThreads} reads it (0 = one worker per available processor, 1 = the
 * calling thread, n = the calling thread and a dedicated pool, shut down after the run).
 */
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
        return Workers.withThreads(o.threads(), pool -> pool == null
            ? DenseCheme.sequential(table, map, o.progress())
            : DenseCheme.parallel(table, map, pool, o.progress()));
    }
  }

  /**
   * What {@link Chemistry#kernel()} reports for {@code method}: for the dense method the loops
   * its run chose ({@link ChemMatrix#loops()}; asking the automatic choice again after the run
   * could contradict it, since a concurrent vector run can make it warm in between), else the
   * method's label.
   */
  static String kernel(ChemeOptions.Method method, ChemMatrix matrix) {
    return method == ChemeOptions.Method.DENSE ? matrix.loops() : method.label();
  }

  /**
   * An interaction index over a cost table (any |S|; |U| within the method's limit): the
   * dense kernel (AUTO, DENSE) or the naive twin (NAIVE); EXACT_EQ1 needs the Eq. 1 cost.
   */
  static InteractionMatrix interactions(CostTable cost, String[] names, InteractionIndex index,
      ChemeOptions o) {
    double[] table = SharedArrays.costTable(cost); // in place: the kernels only read it
    double[] values;
    String label;
    switch (o.method()) {
      case NAIVE:
        values = NaiveInteraction.compute(table, index, o.progress());
        label = ChemeOptions.Method.NAIVE.label();
        break;
      case EXACT_EQ1:
        throw new IllegalArgumentException("exact-eq1 needs the task's Eq. 1 cost; a"
            + " caller-supplied table runs with dense or naive");
      default:
        values = Workers.withThreads(o.threads(),
            pool -> DenseInteraction.parallel(table, index, pool, o.progress()));
        label = ChemeOptions.Method.DENSE.label();
    }
    return InteractionMatrix.of(index, label, names, cost.bitToS(), values);
  }

  /** An interaction index over the Eq. 1 cost of U in closed form (any |U|). */
  static InteractionMatrix interactionsEq1(UsedSet used, String[] names, InteractionIndex index) {
    return InteractionMatrix.of(index, ChemeOptions.Method.EXACT_EQ1.label(), names,
        used.members(), Eq1Interaction.compute(used.penalties(), index));
  }

  /** Exact Eq. 1 CHEME over U (rank order) for any |U| and |S|, with witnesses. */
  static Eq1Result exactEq1(UsedSet used, ChemeOptions o) {
    double[] p = used.penalties();
    int[] r2s = used.members();
    int s = used.universeSize();
    return Workers.withThreads(o.threads(),
        pool -> Eq1Cheme.parallel(p, r2s, s, pool, o.progress()));
  }
}
