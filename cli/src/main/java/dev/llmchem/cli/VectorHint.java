package dev.llmchem.cli;

import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.Chemistry;
import java.lang.module.ModuleFinder;
import java.util.function.LongSupplier;

/**
 * The one-line hint that a dense CHEME ran the plain loops at a size where the Vector API loops
 * are faster even in a fresh JVM (|U| &gt;= {@link #FROM_U}), the JDK has
 * {@code jdk.incubator.vector}, and this run neither resolved it nor could hand off to a JVM
 * that does ({@link VectorHandoff}: --data was standard input, a pipe or a FIFO, or the CLI
 * runs embedded). Not shown with CHEM_VECTOR=0, which asked for the plain loops.
 */
final class VectorHint {
  /**
   * Smallest |U| of the hint and of {@link VectorHandoff}. Fresh `chem chemistry` runs
   * (perf-reports/2026-12-07-vector-handoff, huge pages): at 26 the vector loops were ~0.6 s
   * ahead (C2 spends a second or more compiling them), less than a hand-off costs; at 28 they
   * took 6.1 s against 13.1 s.
   */
  static final int FROM_U = 28;

  private VectorHint() { }

  /**
   * Whether the hint applies to {@code c}, computed over |U| = {@code u} with about
   * {@code expectedTerms} dense terms swept ({@link DenseWork}: saturated pairs stop early,
   * and a run of few terms loses nothing to the plain loops). The estimate is asked for last,
   * only for plain dense runs at |U| &gt;= {@link #FROM_U} (its probe is O(u^4)).
   */
  static boolean applies(Chemistry c, int u, LongSupplier expectedTerms) {
    return c.method() == ChemeOptions.Method.DENSE && "scalar".equals(c.kernel())
        && u >= FROM_U && !resolved() && !"0".equals(System.getenv("CHEM_VECTOR")) && inJdk()
        && VectorHandoff.pays(expectedTerms.getAsLong(), 0);
  }

  /** Whether this JVM resolved {@code jdk.incubator.vector} (CHEM_VECTOR=1). */
  static boolean resolved() {
    return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
  }

  /** Whether the running JDK has {@code jdk.incubator.vector} at all. */
  static boolean inJdk() {
    return ModuleFinder.ofSystem().find("jdk.incubator.vector").isPresent();
  }

  /** The hint for |U| = {@code u}. */
  static String message(int u) {
    return "chem: hint: |U| = " + u + " ran the plain loops; from |U| = " + FROM_U + " the"
        + " Vector API loops are faster even in a fresh JVM (|U| = 28: 6 s instead of 13 s):"
        + " CHEM_VECTOR=1 ./chem ... (chemistry and recommend switch to them by themselves"
        + " when --data is a regular file; docs/cli.md)";
  }
}
