package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.llmchem.engine.testutil.Reference;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run handed to a second JVM with the Vector API loops ({@link VectorHandoff}) looks like one
 * run: the packaged {@code chem.jar} with {@code -Dchem.vector.jar} (what {@code ./chem} passes)
 * and {@code -Dchem.handoff.fromU=4} (so small histories hand off) against the same command
 * without them: the same stdout byte for byte, the ingest summary once, no incubator warning,
 * the child's loops named, --timeout counted from the first JVM's start and reported once,
 * Ctrl-C to the first JVM passed on (exit 130, one line, no child left). Runs after package.
 */
class VectorHandoffIT {
  private static final Path VECTOR_JAR =
      Path.of(System.getProperty("llmchem.vector.jar", "../vector/target/llmchem-vector.jar"));

  @BeforeAll
  static void needsTheModuleAndTheJars() {
    assumeTrue(ModuleFinder.ofSystem().find("jdk.incubator.vector").isPresent(),
        "this JDK has no jdk.incubator.vector");
    assumeTrue(Files.isRegularFile(ChemProcess.jar()), "no packaged chem.jar: run mvn verify");
    assumeTrue(Files.isRegularFile(VECTOR_JAR), "no " + VECTOR_JAR + ": run mvn verify");
  }

  private static List<String> handOff(String... more) {
    List<String> a = new ArrayList<>(List.of("-Dchem.vector.jar=" + VECTOR_JAR.toAbsolutePath(),
        "-Dchem.handoff.fromU=4"));
    a.addAll(List.of(more));
    return a;
  }

  @Test
  void theSameAnswerAndOneIngestSummary(@TempDir Path dir) throws Exception {
    String runs = Reference.file("runs.csv").toString();
    for (String[] args : List.of(new String[] {"recommend", "--data", runs, "--json"},
        new String[] {"chemistry", "--data", runs, "--tau", "0.5"},
        new String[] {"recommend", "--data", runs, "--explain"})) {
      ChemProcess here = ChemProcess.start(ChemProcess.currentJava(), List.of(), dir, args);
      ChemProcess handed = ChemProcess.start(ChemProcess.currentJava(), handOff(), dir, args);
      assertThat(here.waitFor(2)).as(here.err()).isZero();
      assertThat(handed.waitFor(2)).as(handed.err()).isZero();
      assertThat(seconds(handed.out())).isEqualTo(seconds(here.out())).isNotEmpty();
      assertThat(handed.err()).isEqualTo(here.err())
          .contains("8170 records").doesNotContain("WARNING");
    }
  }

  @Test
  void jvmOptionsFromTheEnvironmentAreAnnouncedOnce(@TempDir Path dir) throws Exception {
    String runs = Reference.file("runs.csv").toString();
    List<String> env = List.of("env", "JAVA_TOOL_OPTIONS=-Dchem.test.tool=1");
    ChemProcess here = ChemProcess.start(env, ChemProcess.currentJava(), List.of(), dir,
        "recommend", "--data", runs);
    ChemProcess handed = ChemProcess.start(env, ChemProcess.currentJava(),
        handOff("-Dllmchem.cheme.vector=always"), dir, "recommend", "--data", runs, "--json");
    assertThat(here.waitFor(2)).as(here.err()).isZero();
    assertThat(handed.waitFor(2)).as(handed.err()).isZero();
    assertThat(handed.out()).containsPattern("\"chem_kernel\" *: *\"vector-");
    assertThat(handed.err()).isEqualTo(here.err()).startsWith("Picked up JAVA_TOOL_OPTIONS")
        .containsOnlyOnce("Picked up").doesNotContain("WARNING");
  }

  @Test
  void aChildRepeatsTheIngestSummaryOnlyWhenTheFileChanged(@TempDir Path dir) throws Exception {
    Path runs = Reference.file("runs.csv");
    String stamp = Files.size(runs) + "," + Files.getLastModifiedTime(runs).toMillis();
    String start = Long.toString(System.currentTimeMillis());
    ChemProcess same = ChemProcess.start(ChemProcess.currentJava(),
        List.of("-Dchem.handoff=" + start + "," + stamp), dir, "profile", "--data",
        runs.toString());
    ChemProcess changed = ChemProcess.start(ChemProcess.currentJava(),
        List.of("-Dchem.handoff=" + start + ",1," + stamp.split(",")[1]), dir, "profile",
        "--data", runs.toString());
    assertThat(same.waitFor(2)).as(same.err()).isZero();
    assertThat(changed.waitFor(2)).as(changed.err()).isZero();
    assertThat(same.err()).isEmpty(); // the first JVM printed it
    assertThat(changed.err()).startsWith("chem: ").contains("8170 records");
    assertThat(same.out()).isEqualTo(changed.out()).isNotEmpty();
  }

  @Test
  void theChildRunsTheVectorLoops(@TempDir Path dir) throws Exception {
    Path h = DeterminismCases.writeU20(dir.resolve("u20.csv"));
    ChemProcess p = ChemProcess.start(ChemProcess.currentJava(),
        handOff("-Dllmchem.cheme.vector=always"), dir, "chemistry", "--data", h.toString());
    assertThat(p.waitFor(2)).as(p.err()).isZero();
    assertThat(p.out()).containsPattern("dense method, vector-\\d+ loops");
    assertThat(p.err()).isEmpty();
    ChemProcess off = ChemProcess.start(ChemProcess.currentJava(),
        List.of("-Dllmchem.cheme.vector=always"), dir, "chemistry", "--data", h.toString());
    assertThat(off.waitFor(2)).as(off.err()).isZero();
    assertThat(off.out()).contains("dense method, scalar loops");
  }

  @Test
  void theTimeoutCountsFromTheFirstJvmAndIsReportedOnce(@TempDir Path dir) throws Exception {
    Path h = DeterminismCases.writeU20(dir.resolve("u20.csv"));
    long t0 = System.nanoTime();
    ChemProcess p = ChemProcess.start(ChemProcess.currentJava(), handOff(), dir, "chemistry",
        "--data", h.toString(), "--bootstrap", "100000", "--timeout", "3s");
    assertThat(p.waitForSeconds(60)).as(p.err()).isEqualTo(1);
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(20);
    assertThat(p.out()).isEmpty();
    assertThat(p.err()).hasLineCount(1)
        .containsPattern("^chem: chemistry: stopped after (3|4)\\.\\d s \\(--timeout 3s\\)"
            + " during ");
  }

  @Test
  void ctrlCToTheFirstJvmStopsTheChild(@TempDir Path dir) throws Exception {
    Path h = DeterminismCases.writeU20(dir.resolve("u20.csv"));
    ChemProcess p = ChemProcess.startInterruptible(ChemProcess.currentJava(), handOff(), dir,
        "chemistry", "--data", h.toString(), "--bootstrap", "100000");
    assumeTrue(p != null, "env --default-signal is missing");
    ProcessHandle jvm = javaOf(p.process.toHandle());
    ProcessHandle child = childOf(jvm, p);
    Thread.sleep(1500); // the child reads the history and starts the bootstrap
    new ProcessBuilder("kill", "-INT", Long.toString(jvm.pid())).start().waitFor();
    assertThat(p.waitForSeconds(30)).as(p.err()).isEqualTo(130);
    assertThat(child.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
    assertThat(p.out()).isEmpty();
    assertThat(p.err()).hasLineCount(1)
        .startsWith("chem: chemistry: interrupted (Ctrl-C) after ");
  }

  /** {@code text} without the seconds a run took ("67,584 terms, 0.097 s)"). */
  private static String seconds(String text) {
    return text.replaceAll(", \\d+\\.\\d+ s\\)", ", T s)");
  }

  @Test
  void aChildKilledBySignalIsNamed(@TempDir Path dir) throws Exception {
    Path h = DeterminismCases.writeU20(dir.resolve("u20.csv"));
    ChemProcess p = ChemProcess.start(ChemProcess.currentJava(), handOff(), dir, "recommend",
        "--data", h.toString(), "--bootstrap", "100000");
    ProcessHandle child = childOf(p.process.toHandle(), p);
    Thread.sleep(1000);
    child.destroyForcibly(); // SIGKILL, as the out-of-memory killer sends
    assertThat(p.waitForSeconds(30)).as(p.err()).isEqualTo(137);
    assertThat(p.out()).isEmpty();
    assertThat(p.err()).endsWith("chem: recommend: the second JVM (Vector API loops) was killed"
        + " by signal 9 (out of memory? Linux's OOM killer sends it); CHEM_VECTOR=0 keeps the"
        + " run in one JVM" + System.lineSeparator());
  }

  /** The second JVM that {@code jvm} (the JVM of {@code p}) starts, within 30 s. */
  private static ProcessHandle childOf(ProcessHandle jvm, ChemProcess p)
      throws InterruptedException {
    ProcessHandle child = null;
    for (int i = 0; i < 600 && child == null; i++) { // the child starts within a few seconds
      child = jvm.children().findFirst().orElse(null);
      Thread.sleep(50);
    }
    assertThat(child).as("no child JVM: " + p.err()).isNotNull();
    return child;
  }

  /** The JVM of {@code p}: {@code p} itself, or its child when {@code env} started it. */
  private static ProcessHandle javaOf(ProcessHandle p) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      if (p.info().command().orElse("").endsWith("java")) {
        return p;
      }
      Thread.sleep(20); // env execs java in place: the same pid
    }
    return p;
  }
}
