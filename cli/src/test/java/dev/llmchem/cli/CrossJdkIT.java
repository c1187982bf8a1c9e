package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.llmchem.engine.testutil.Reference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Byte-identical JSON across JDKs: the packaged {@code chem.jar} runs in a subprocess on every
 * JDK 17+ found under {@code /usr/lib/jvm} (or {@code -Dllmchem.jvm.dir}) and on the JDK running
 * the build, with {@code --threads 8} where the command takes it; each stdout must equal, byte
 * for byte, the in-process run with {@code --threads 1}. One JDK only is not a failure: the
 * comparison then covers process and thread count. Runs after {@code package} (failsafe).
 */
class CrossJdkIT {
  private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)[^\"]*\"",
      Pattern.MULTILINE);
  private static final Set<String> LABELS = Set.of("profile demo", "mig demo",
      "chemistry demo auto", "chemistry u20 dense",
      "chemistry wide-64 auto (exact-eq1)", "recommend demo reference", "recommend demo exact",
      "recommend demo exact size 3", "recommend u20 exact", "profile runs2",
      "chemistry runs2 exact-eq1", "recommend runs reference",
      "recommend demo bootstrap explain", "chemistry demo bootstrap witness",
      "recommend s28 explain", "recommend u20 exact explain",
      "chemistry runs2 bootstrap", "recommend runs bootstrap rows");

  /** Java executables of distinct JDKs (17+), keyed by a label such as "25.0.3 (Eclipse Adoptium)". */
  static Map<String, Path> jdks() throws IOException {
    Map<String, Path> out = new LinkedHashMap<>();
    List<Path> homes = new ArrayList<>();
    homes.add(Path.of(System.getProperty("java.home")));
    Path dir = Path.of(System.getProperty("llmchem.jvm.dir", "/usr/lib/jvm"));
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        s.sorted().forEach(homes::add);
      }
    }
    List<Path> seen = new ArrayList<>();
    for (Path home : homes) {
      Path java = home.resolve("bin/java");
      Path release = home.resolve("release");
      if (!Files.isExecutable(java) || !Files.isRegularFile(release)) {
        continue;
      }
      Path real = java.toRealPath();
      String rel = Files.readString(release);
      Matcher m = VERSION.matcher(rel);
      if (seen.contains(real) || !m.find() || Integer.parseInt(m.group(1)) < 17) {
        continue;
      }
      seen.add(real);
      out.put(field(rel, "JAVA_VERSION") + " (" + field(rel, "IMPLEMENTOR") + ", " + home + ")",
          real);
    }
    return out;
  }

  /** The feature version (17, 25, ...) of the JDK whose java executable is {@code java}. */
  static int major(Path java) throws IOException {
    Path release = java.getParent().getParent().resolve("release");
    Matcher m = VERSION.matcher(Files.readString(release));
    if (!m.find()) {
      throw new IllegalStateException("no JAVA_VERSION in " + release);
    }
    return Integer.parseInt(m.group(1));
  }

  private static String field(String release, String key) {
    Matcher m = Pattern.compile("^" + key + "=\"([^\"]*)\"", Pattern.MULTILINE).matcher(release);
    return m.find() ? m.group(1) : "?";
  }

  @Test
  void everyJdkWritesTheSameBytes(@TempDir Path dir) throws Exception {
    Path jar = ChemProcess.jar();
    assumeTrue(Files.isRegularFile(jar), "no packaged " + jar + ": run mvn verify");
    List<DeterminismCases.Case> cases = new ArrayList<>(
        DeterminismCases.fixtures(DeterminismCases.writeU20(dir.resolve("u20.csv"))));
    cases.addAll(DeterminismCases.real(Reference.file("runs.csv").toString(),
        Reference.file("runs2.csv").toString()));
    cases.addAll(DeterminismCases.trust(dir.resolve("u20.csv"),
        DeterminismCases.writeS28(dir.resolve("s28.csv"))));
    cases.addAll(DeterminismCases.bootstrap(Reference.file("runs.csv").toString(),
        Reference.file("runs2.csv").toString()));
    cases.removeIf(c -> !LABELS.contains(c.label()));
    assertThat(cases).hasSize(LABELS.size());
    Map<String, Path> jdks = jdks();
    assertThat(jdks).isNotEmpty();
    int runs = 0;
    for (DeterminismCases.Case c : cases) {
      CliRun expected = CliRun.of(c.withThreads(1));
      assertThat(expected.code()).as("%s: %s", c.label(), expected.err()).isZero();
      for (Map.Entry<String, Path> jdk : jdks.entrySet()) {
        String out = launch(jdk.getValue(), c.withThreads(8), dir, c.label() + " on "
            + jdk.getKey());
        assertThat(out).as("%s on %s differs from the in-process run", c.label(), jdk.getKey())
            .isEqualTo(expected.out());
        runs++;
      }
    }
    System.out.println("CrossJdkIT: " + cases.size() + " commands x " + jdks.size() + " JDKs "
        + jdks.keySet() + " = " + runs + " runs, every stdout byte-identical to --threads 1"
        + " in-process");
  }

  /** Runs {@code java -jar chem.jar args} and returns its stdout; fails on a non-zero exit. */
  private static String launch(Path java, String[] args, Path dir, String what)
      throws IOException, InterruptedException {
    ChemProcess p = ChemProcess.start(java, List.of(), dir, args);
    assertThat(p.waitFor(10)).as("%s: %s", what, p.err()).isZero();
    return p.out();
  }
}
