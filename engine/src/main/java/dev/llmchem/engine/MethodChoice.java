package dev.llmchem.engine;

import dev.llmchem.engine.control.LimitException.Alternative;
import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.cheme.DenseCheme;
import dev.llmchem.engine.cheme.NaiveCheme;
import dev.llmchem.engine.cost.CostKernel;
import dev.llmchem.engine.interaction.NaiveInteraction;

/**
 * Resolves {@link ChemeOptions.Method#AUTO} for a task: the dense kernel while it can run
 * (|S| &lt;= 64, |U| &lt;= {@link DenseCheme#MAX_U}, the 2^|U| table fits the free heap or is
 * already built), else the exact Eq. 1 method. Explicit methods are returned unchanged, and
 * refused with a {@link LimitException} naming exact-eq1 when out of reach. Stateless.
 */
final class MethodChoice {
  private MethodChoice() { }

  /** The method to run for the task's own Eq. 1 cost. */
  static ChemeOptions.Method forEq1(ChemeOptions.Method requested, int u, int s,
      boolean tableBuilt) {
    if (requested == ChemeOptions.Method.EXACT_EQ1) {
      return requested;
    }
    if (requested == ChemeOptions.Method.NAIVE && s > NaiveCheme.MAX_S) {
      throw LimitException.size("naive CHEME over 2^|S| subsets", s, NaiveCheme.MAX_S,
          "|S| = " + s + " models: the naive CHEME method enumerates all 2^|S| subsets and"
          + " takes |S| <= " + NaiveCheme.MAX_S, Alternative.DENSE_METHOD,
          Alternative.EXACT_EQ1_METHOD);
    }
    if (requested != ChemeOptions.Method.AUTO) {
      if (u > DenseCheme.MAX_U) {
        throw LimitException.size(requested.label() + " CHEME over 2^|U| subsets", u,
            DenseCheme.MAX_U, "|U| = " + u + " used models: the " + requested.label()
            + " CHEME method enumerates the 2^|U| subsets of U and takes |U| <= "
            + DenseCheme.MAX_U, Alternative.EXACT_EQ1_METHOD);
      }
      return requested;
    }
    return denseCanRun(u, s, tableBuilt) ? ChemeOptions.Method.DENSE
        : ChemeOptions.Method.EXACT_EQ1;
  }

  /** The method to run for a caller-supplied table (AUTO means DENSE). */
  static ChemeOptions.Method forTable(ChemeOptions.Method requested) {
    if (requested == ChemeOptions.Method.EXACT_EQ1) {
      throw new IllegalArgumentException("exact-eq1 needs the task's Eq. 1 cost; a"
          + " caller-supplied table runs with dense or naive");
    }
    return requested == ChemeOptions.Method.AUTO ? ChemeOptions.Method.DENSE : requested;
  }

  /**
   * The method to run for an interaction index over the task's Eq. 1 cost: exact-eq1 as asked;
   * naive up to |U| = {@link NaiveInteraction#MAX_N}; dense up to {@link DenseCheme#MAX_U};
   * AUTO as for CHEME (dense while the table can be built, else exact-eq1). |S| plays no part.
   */
  static ChemeOptions.Method forInteraction(ChemeOptions.Method requested, int u,
      boolean tableBuilt) {
    if (requested == ChemeOptions.Method.NAIVE && u > NaiveInteraction.MAX_N) {
      throw LimitException.size("the naive interaction index over 2^|U| subsets", u,
          NaiveInteraction.MAX_N, "|U| = " + u + " used models: the naive interaction index"
          + " sums over the 2^|U| subsets of U for every pair and takes |U| <= "
          + NaiveInteraction.MAX_N, Alternative.DENSE_METHOD, Alternative.EXACT_EQ1_METHOD);
    }
    if (requested == ChemeOptions.Method.AUTO) {
      return denseCanRun(u, 0, tableBuilt) ? ChemeOptions.Method.DENSE
          : ChemeOptions.Method.EXACT_EQ1;
    }
    if (requested == ChemeOptions.Method.DENSE && u > DenseCheme.MAX_U) {
      throw LimitException.size("the dense interaction index over 2^|U| subsets", u,
          DenseCheme.MAX_U, "|U| = " + u + " used models: the dense interaction index reads"
          + " the 2^|U| costs of U and takes |U| <= " + DenseCheme.MAX_U,
          Alternative.EXACT_EQ1_METHOD);
    }
    return requested;
  }

  private static boolean denseCanRun(int u, int s, boolean tableBuilt) {
    if (s > 64 || u > DenseCheme.MAX_U) {
      return false;
    }
    if (tableBuilt) {
      return true;
    }
    try {
      CostKernel.checkSize(u);
      return true;
    } catch (LimitException e) {
      return false;
    }
  }
}
