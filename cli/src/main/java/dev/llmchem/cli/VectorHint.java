package dev.llmchem.cli;

import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.Chemistry;
import java.lang.module.ModuleFinder;

/**
 * The one-line hint that a dense CHEME ran the plain loops at a size where the Vector API loops
 * are faster even in a fresh JVM (|U| &gt;= {@link #FROM_U}), the JDK has
 * {@code jdk.incubator.vector}, and this run neither resolved it nor could hand off to a JVM
 * that does ({@link VectorHandoff}: --data was standard input, a pipe or a FIFO, or the CLI
 * runs embedded). Not shown with CHEM_VECTOR=0, which asked for the plain loops.
 */
final class VectorHint {
  /**
   * Smallest |U| of the hint. Fresh `chem chemistry` runs (perf-reports/2026-12-07-startup):
   * at 26 the two loops take about as long (C2 spends seconds compiling the vector code), at 28
   * the vector loops took 11.8 s against 16.3-20.0 s.
   */
  static final int FROM_U = 28;

  private VectorHint() { }

  /** Whether the hint applies to {@code c}, computed over |U| = {@code u}. */
  static boolean applies(Chemistry c, int u) {
    return c.method() == ChemeOptions.Method.DENSE && "scalar".equals(c.kernel())
        && u >= FROM_U && !resolved() && !"0".equals(System.getenv("CHEM_VECTOR")) && inJdk();
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
        + " Vector API loops are faster even in a fresh JVM (|U| = 28: 12 s instead of 18-22 s):"
        + " give --data as a regular file (./chem then continues in a JVM with them) or run"
        + " CHEM_VECTOR=1 ./chem ... (docs/cli.md)";
  }
}
