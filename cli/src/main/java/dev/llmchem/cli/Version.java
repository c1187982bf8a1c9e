package dev.llmchem.cli;

import picocli.CommandLine;

/**
 * Version string: project version and the JVM running it, and whether the dense CHEME can use
 * the Vector API loops in this run (docs/cli.md).
 */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"chem " + (v == null ? "dev" : v) + " on Java "
        + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
        "Vector API loops: " + vector()};
  }

  /**
   * "on", "on from |U| = 28, in a second JVM" (./chem's default), "off (CHEM_VECTOR=1 turns
   * them on)" or "not available"; loads no Vector API class unless the module is resolved.
   */
  static String vector() {
    if (VectorHint.resolved()) {
      return dev.llmchem.engine.cheme.DenseCheme.vectorAvailable()
          ? "on, from |U| = " + dev.llmchem.engine.cheme.DenseCheme.VECTOR_COLD_FROM_U
              + " (jdk.incubator.vector resolved)"
          : "off (jdk.incubator.vector resolved, but the llmchem-vector jar is not on the class"
              + " path)";
    }
    if (System.getProperty(VectorHandoff.JAR) != null && VectorHint.inJdk()) {
      return "on from |U| = " + VectorHandoff.FROM_U + ", in a second JVM with"
          + " jdk.incubator.vector (CHEM_VECTOR=1: in every run; CHEM_VECTOR=0: off)";
    }
    return VectorHint.inJdk()
        ? "off (CHEM_VECTOR=1 ./chem ... turns them on; they pay from |U| ~ 28)"
        : "not available (this JDK has no jdk.incubator.vector)";
  }
}
