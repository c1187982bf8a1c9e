package dev.llmchem.cli;

import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.Chemistry;
import dev.llmchem.engine.cheme.DenseCheme;
import java.lang.module.ModuleFinder;

/**
 * The one-line hint that a dense CHEME ran the plain loops at a size where the Vector API loops
 * are faster even in a fresh JVM (|U| &gt;= {@link DenseCheme#VECTOR_COLD_FROM_U}), the JDK has
 * {@code jdk.incubator.vector}, and this run did not resolve it. {@code ./chem} leaves the
 * module out by default: resolving it costs every run ~0.18 s of start-up (the JVM then cannot
 * use its archived module graph), which only such sizes win back.
 */
final class VectorHint {
  private VectorHint() { }

  /** Whether the hint applies to {@code c}, computed over |U| = {@code u}. */
  static boolean applies(Chemistry c, int u) {
    return c.method() == ChemeOptions.Method.DENSE && "scalar".equals(c.kernel())
        && u >= DenseCheme.VECTOR_COLD_FROM_U
        && ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()
        && ModuleFinder.ofSystem().find("jdk.incubator.vector").isPresent();
  }

  /** The hint for |U| = {@code u}. */
  static String message(int u) {
    return "chem: hint: |U| = " + u + " ran the plain loops; the Vector API loops take a third"
        + " to a half of their time at this size: CHEM_VECTOR=1 ./chem ... (JDK module"
        + " jdk.incubator.vector; docs/cli.md)";
  }
}
