package dev.llmchem.engine.internal;

import dev.llmchem.engine.cost.CostTable;
import dev.llmchem.engine.history.History;

/**
 * Engine-internal, not API: the arrays behind published immutable types, for engine loops in
 * another package that must read them in place. Two owners use it: the 2^|U| cost table that
 * the CHEME kernels scan (a copy per run would double the engine's largest allocation) and the
 * history columns that {@code Analysis.of} and the profile builder walk row by row (a copy
 * would double the history; per-row accessor calls reload the columns around every hash-map
 * call). Published types never hand these arrays out (their accessors copy);
 * {@code ApiImmutabilityTest} checks that, and that nothing outside this package is exempt.
 *
 * <p>Each owner registers its accessor once, from its own static initializer, so the arrays
 * never pass through a public method of a published type. Callers read what they get and
 * never modify it or keep it beyond the call that needed it.
 */
public final class SharedArrays {
  /** Reads the table of a {@link CostTable} in place. */
  @FunctionalInterface
  public interface CostTableAccess {
    /** The table itself (length 2^|U|, indexed by U mask). */
    double[] table(CostTable t);
  }

  /** Reads the columns of a {@link History} in place (index = row). */
  public interface HistoryAccess {
    /** Model ids. */
    int[] model(History h);

    /** Task-string ids. */
    int[] task(History h);

    /** Strategy codes. */
    byte[] strategy(History h);

    /** Qualities. */
    double[] quality(History h);

    /** Accuracies. */
    double[] accuracy(History h);
  }

  private static volatile CostTableAccess costTables;
  private static volatile HistoryAccess histories;

  private SharedArrays() { }

  /**
   * Registers the cost-table accessor; only {@link CostTable} may, once.
   *
   * @throws IllegalStateException for any other caller or a second registration
   */
  public static synchronized void register(CostTableAccess access) {
    Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .getCallerClass();
    if (caller != CostTable.class || costTables != null) {
      throw new IllegalStateException("the cost-table accessor is registered by CostTable, once");
    }
    costTables = access;
  }

  /**
   * Registers the history accessor; only {@link History} may, once.
   *
   * @throws IllegalStateException for any other caller or a second registration
   */
  public static synchronized void register(HistoryAccess access) {
    Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .getCallerClass();
    if (caller != History.class || histories != null) {
      throw new IllegalStateException("the history accessor is registered by History, once");
    }
    histories = access;
  }

  /**
   * The table of {@code t} in place (shared: read it, never modify it). Engine kernels only;
   * everyone else uses {@link CostTable#table()} (a copy) or {@link CostTable#cost(long)}.
   */
  public static double[] costTable(CostTable t) {
    return costTables.table(t);
  }

  /**
   * The accessor to the columns of {@code h} in place, e.g. {@code columns(h).model(h)}
   * (shared: read them, never modify them). Engine loops over rows only; everyone else uses
   * the per-row accessors ({@link History#model(int)}, ...).
   */
  public static HistoryAccess columns(History h) {
    return histories;
  }
}
