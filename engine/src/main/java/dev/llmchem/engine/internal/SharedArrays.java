package dev.llmchem.engine.internal;

import dev.llmchem.engine.cost.CostTable;

/**
 * Engine-internal, not API: the array behind a published immutable type, for an engine
 * kernel in another package that must read it in place. Today there is one: the 2^|U| cost
 * table that the CHEME kernels scan, where a copy per run would double the engine's largest
 * allocation. Published types never hand these arrays out (their accessors copy);
 * {@code ApiImmutabilityTest} checks that, and that nothing outside this package is exempt.
 *
 * <p>The owning type registers its accessor once, from its own static initializer, so the
 * array never passes through a public method of a published type. Callers read what they get
 * and never modify or keep it beyond the call that needed it.
 */
public final class SharedArrays {
  /** Reads the table of a {@link CostTable} in place. */
  @FunctionalInterface
  public interface CostTableAccess {
    /** The table itself (length 2^|U|, indexed by U mask). */
    double[] table(CostTable t);
  }

  private static volatile CostTableAccess costTables;

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
   * The table of {@code t} in place (shared: read it, never modify it). Engine kernels only;
   * everyone else uses {@link CostTable#table()} (a copy) or {@link CostTable#cost(long)}.
   */
  public static double[] costTable(CostTable t) {
    return costTables.table(t);
  }
}
