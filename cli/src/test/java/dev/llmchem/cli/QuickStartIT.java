package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.llmchem.engine.testutil.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./chem}'s quick start (the JVM options it adds for small histories: C2 only for the
 * packages {@code cli/jit/quick.json} names) changes nothing a user sees: on every JDK 17+
 * found, the packaged {@code chem.jar} with those options writes the same stdout and stderr as
 * without them (no "compiler directives added" line); and the file names packages that exist,
 * the dense kernel's among them, so a renamed package cannot silently lose C2. Runs after
 * package (failsafe).
 */
class QuickStartIT {
  static final Path DIRECTIVES = Path.of("jit/quick.json"); // the cli module's folder
  /** What {@code ./chem} adds; keep in step with its QUICK array. */
  static final List<String> QUICK = List.of("-XX:+UnlockDiagnosticVMOptions",
      "-XX:-DisplayVMOutput", "-XX:CompilerDirectivesFile=" + DIRECTIVES.toAbsolutePath());
  private static final Set<String> LABELS = Set.of("chemistry u20 dense",
      "recommend runs reference", "recommend demo exact", "chemistry runs2 bootstrap",
      "profile runs2");

  @Test
  void theSameBytesWithAndWithoutTheQuickOptions(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isRegularFile(ChemProcess.jar()), "no packaged chem.jar: run mvn verify");
    List<DeterminismCases.Case> cases = new ArrayList<>(
        DeterminismCases.fixtures(DeterminismCases.writeU20(dir.resolve("u20.csv"))));
    cases.addAll(DeterminismCases.real(Reference.file("runs.csv").toString(),
        Reference.file("runs2.csv").toString()));
    cases.addAll(DeterminismCases.bootstrap(Reference.file("runs.csv").toString(),
        Reference.file("runs2.csv").toString()));
    cases.removeIf(c -> !LABELS.contains(c.label()));
    assertThat(cases).hasSize(LABELS.size());
    Map<String, Path> jdks = CrossJdkIT.jdks();
    for (DeterminismCases.Case c : cases) {
      for (Map.Entry<String, Path> jdk : jdks.entrySet()) {
        String what = c.label() + " on " + jdk.getKey();
        ChemProcess plain = ChemProcess.start(jdk.getValue(), List.of(), dir, c.withThreads(2));
        ChemProcess quick = ChemProcess.start(jdk.getValue(), QUICK, dir, c.withThreads(2));
        assertThat(plain.waitFor(10)).as("%s: %s", what, plain.err()).isZero();
        assertThat(quick.waitFor(10)).as("%s (quick): %s", what, quick.err()).isZero();
        assertThat(quick.out()).as(what).isEqualTo(plain.out()).isNotEmpty();
        assertThat(quick.err()).as(what).isEqualTo(plain.err());
      }
    }
  }

  @Test
  void theDirectivesNameTheEnginesComputePackages() throws Exception {
    String text = Files.readString(DIRECTIVES);
    Matcher m = Pattern.compile("\"([a-z]+(?:/[a-z0-9]+)+)/\\*\\.\\*\"").matcher(text);
    List<String> packages = new ArrayList<>();
    while (m.find()) {
      packages.add(m.group(1));
    }
    assertThat(packages).contains("dev/llmchem/engine/cheme", "dev/llmchem/engine/cost",
        "dev/llmchem/engine/recommend", "dev/llmchem/vector");
    for (String p : packages) {
      if (p.startsWith("dev/llmchem/")) {
        String module = p.startsWith("dev/llmchem/vector") ? "vector" : "engine";
        assertThat(Path.of("..", module, "src/main/java", p)).as(p).isDirectory();
      }
    }
    assertThat(text).contains("match: \"*.*\"").contains("Exclude: true");
    assertThat(Files.readString(Path.of("../chem"))).as("./chem adds what this test runs")
        .contains(QUICK.get(0), QUICK.get(1),
            "-XX:CompilerDirectivesFile=\"$ROOT/cli/jit/quick.json\"");
  }
}
