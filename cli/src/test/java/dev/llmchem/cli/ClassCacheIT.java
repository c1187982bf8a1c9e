package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.llmchem.engine.testutil.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class caches {@code ./chem} makes and uses (JDK 25+: an AOT cache; JDK 13-24: a dynamic
 * class-data sharing archive): on every JDK 17+ found, the training run makes one with the
 * launcher's options, a run that must use it (mapping failures are errors here, where the
 * launcher falls back silently) writes the same stdout and stderr as a run without it. Runs
 * after package (failsafe).
 */
class ClassCacheIT {
  @Test
  void theSameBytesWithTheClassCacheOfEveryJdk(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isRegularFile(ChemProcess.jar()), "no packaged chem.jar: run mvn verify");
    String runs = Reference.file("runs.csv").toString();
    List<String[]> cases = List.of(new String[] {"recommend", "--data", runs},
        new String[] {"chemistry", "--data", DeterminismCases.DEMO, "--json"});
    for (Map.Entry<String, Path> jdk : CrossJdkIT.jdks().entrySet()) {
      Path java = jdk.getValue();
      int major = CrossJdkIT.major(java);
      Path cache = dir.resolve("chem-" + major + (major >= 25 ? ".aot" : ".jsa"));
      List<String> make = major >= 25
          ? List.of("-XX:AOTCacheOutput=" + cache, "-Xlog:aot=off", "-Xlog:cds=off")
          : List.of("-XX:ArchiveClassesAtExit=" + cache, "-Xlog:cds=off",
              "-Xlog:cds+dynamic=off");
      List<String> train = new ArrayList<>(List.of(java.toString()));
      train.addAll(make);
      train.addAll(List.of("-cp", ChemProcess.jar().toString(), "dev.llmchem.cli.AotTraining",
          Path.of("..").toAbsolutePath().normalize().toString()));
      Process p = new ProcessBuilder(train).redirectErrorStream(true)
          .redirectOutput(dir.resolve("train-" + major + ".txt").toFile()).start();
      assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("training on %s", jdk.getKey()).isTrue();
      assertThat(p.exitValue()).as("training on %s: %s", jdk.getKey(),
          Files.readString(dir.resolve("train-" + major + ".txt"))).isZero();
      assertThat(cache).as(jdk.getKey()).isNotEmptyFile();
      List<String> use = major >= 25 ? List.of("-XX:AOTMode=on", "-XX:AOTCache=" + cache)
          : List.of("-Xshare:on", "-XX:SharedArchiveFile=" + cache);
      for (String[] args : cases) {
        String what = String.join(" ", args) + " on " + jdk.getKey();
        ChemProcess plain = ChemProcess.start(java, List.of(), dir, args);
        ChemProcess cached = ChemProcess.start(java, use, dir, args);
        assertThat(plain.waitFor(5)).as("%s: %s", what, plain.err()).isZero();
        assertThat(cached.waitFor(5)).as("%s (cached): %s", what, cached.err()).isZero();
        assertThat(cached.out()).as(what).isEqualTo(plain.out()).isNotEmpty();
        assertThat(cached.err()).as(what).isEqualTo(plain.err());
      }
    }
    assertThat(Files.readString(Path.of("../chem"))).as("./chem makes and uses them so")
        .contains("-XX:AOTCacheOutput=\"$tmp\" -Xlog:aot=off -Xlog:cds=off",
            "-XX:ArchiveClassesAtExit=\"$tmp\" -Xlog:cds=off -Xlog:cds+dynamic=off",
            "-XX:SharedArchiveFile=\"$cache\" -Xshare:auto");
  }
}
