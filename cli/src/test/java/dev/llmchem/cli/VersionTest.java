package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleFinder;
import org.junit.jupiter.api.Test;

/** --version names the JVM and whether the Vector API loops can run. */
class VersionTest {
  @Test
  void saysWhetherTheVectorLoopsCanRun() {
    CliRun r = CliRun.of("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).hasSize(2);
    assertThat(r.out()).startsWith("chem ")
        .contains(" on Java " + System.getProperty("java.version"));
    boolean resolved = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    boolean inJdk = ModuleFinder.ofSystem().find("jdk.incubator.vector").isPresent();
    String want = resolved ? "Vector API loops: on" : inJdk
        ? "Vector API loops: off (CHEM_VECTOR=1" : "Vector API loops: not available";
    assertThat(r.out().lines().skip(1).findFirst().orElse("")).startsWith(want);
  }
}
