package dev.llmchem.cli;

import picocli.CommandLine;

/** Version string: project version and the JVM running it. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"chem " + (v == null ? "dev" : v) + " on Java "
        + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
  }
}
