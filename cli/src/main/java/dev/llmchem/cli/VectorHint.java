package dev.llmchem.cli;

import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.Chemistry;
import java.lang.module.ModuleFinder;

/**
 * The one-line hint that a dense CHEME ran the plain loops at a size where the Vector API loops
 * are faster even in a fresh JVM (|U| &gt;= {@link #FROM_U}), the JDK has
 * {@code jdk.incubator.vector}, and this run did not resolve it. {@code ./chem} leaves the
 * module out by default: resolving it costs every run ~0.18 s of start-up (the JVM then cannot
 * use its archived module graph), which only such sizes win back.
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
        && u >= FROM_U && !resolved() && inJdk();
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
        + " Vector API loops are faster even in a fresh JVM (|U| = 28: 12 s instead of 16-20 s):"
        + " CHEM_VECTOR=1 ./chem ... (docs/cli.md)";
  }
}
