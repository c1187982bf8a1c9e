package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Limits as a user meets them, through the packaged {@code chem.jar} with a small heap: sizes
 * that would not fit are refused up front with one line naming the size and the way out (exit
 * 1, nothing on stdout, no OutOfMemoryError), and Ctrl-C (SIGINT) stops a run that would take
 * many minutes with exit 130 and one line. Runs after {@code package} (failsafe).
 */
class LimitsIT {
  @Test
  void aHistoryTooLargeForTheHeapIsRefusedWhileReading(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("big.csv");
    try (BufferedWriter w = Files.newBufferedWriter(csv)) {
      w.write("trial,model,task,quality,accuracy\n");
      for (int r = 0; r < 1_500_000; r++) {
        w.write("T" + r / 6 + ",m" + r % 13 + ",fix it," + r % 10 + ",0.75\n");
      }
    }
    ChemProcess p = run(dir, List.of("-Xmx64m"), "profile", "--data", csv.toString(), "--json");
    assertThat(p.waitFor(5)).as(p.err()).isEqualTo(1);
    assertThat(p.out()).isEmpty();
    assertThat(p.err().lines()).hasSize(1);
    assertThat(p.err()).startsWith("chem: " + csv + ": after ")
        .contains("of heap while reading")
        .contains("the whole holds about").contains("split the history into smaller files")
        .contains("JAVA_OPTS=-Xmx").doesNotContain("OutOfMemoryError");
  }

  @Test
  void aDenseTableTooLargeForTheHeapNamesExactEq1(@TempDir Path dir) throws Exception {
    String u26 = TimeoutCommandTest.u26(dir).toString();
    ChemProcess p = run(dir, List.of("-Xmx128m"), "chemistry", "--data", u26, "--method",
        "dense", "--json");
    assertThat(p.waitFor(5)).as(p.err()).isEqualTo(1);
    assertThat(p.out()).isEmpty();
    assertThat(p.err()).startsWith("chem: |U| = 26 used models: the dense cost table over 2^26"
        + " subsets needs 512.0 MiB but only ").contains("use --method exact-eq1 (or auto)")
        .contains("JAVA_OPTS=-Xmx").hasLineCount(1);
    ChemProcess auto = run(dir, List.of("-Xmx128m"), "chemistry", "--data", u26, "--json");
    assertThat(auto.waitFor(5)).as(auto.err()).isZero();
    assertThat(auto.out()).contains("\"method\" : \"exact-eq1\"");
  }

  /**
   * SIGINT (what Ctrl-C sends) during exact-eq1 CHEME over |U| = 1,000 (O(|U|^4): many
   * minutes): exit 130, one line, nothing on stdout. The signal is sent 5 s after the start,
   * when the JVM has long installed its hook; the run cannot have finished by then.
   */
  @Test
  void ctrlCStopsALongRunCleanly(@TempDir Path dir) throws Exception {
    Path kill = Path.of("/bin/kill");
    assumeTrue(Files.isExecutable(kill), "needs /bin/kill to send SIGINT");
    SplittableRandom rnd = new SplittableRandom(1000);
    StringBuilder csv = new StringBuilder("trial,model,task,quality,accuracy\n");
    for (int m = 0; m < 1000; m++) {
      csv.append(String.format(Locale.ROOT, "T %d,model-%04d,fix it,%.2f,%.4f%n", m / 4, m,
          10 * rnd.nextDouble(), 0.2 + 0.8 * rnd.nextDouble()));
    }
    Path data = Files.writeString(dir.resolve("u1000.csv"), csv);
    assumeTrue(Files.isRegularFile(ChemProcess.jar()), "no packaged chem.jar: run mvn verify");
    ChemProcess p = ChemProcess.startInterruptible(ChemProcess.currentJava(), List.of(), dir,
        "chemistry", "--data", data.toString(), "--method", "exact-eq1", "--threshold", "0",
        "--json");
    assumeTrue(p != null, "needs env --default-signal (coreutils 8.31+) to undo an inherited"
        + " SIG_IGN of SIGINT");
    Thread.sleep(5_000);
    assertThat(p.process.isAlive()).as("still running after 5 s: %s", p.err()).isTrue();
    new ProcessBuilder(kill.toString(), "-INT", Long.toString(p.process.pid())).start().waitFor();
    assertThat(p.waitFor(2)).as(p.err()).isEqualTo(130);
    assertThat(p.out()).isEmpty();
    assertThat(p.err()).startsWith("chem: chemistry: interrupted (Ctrl-C) after ")
        .endsWith("; no output written" + System.lineSeparator()).hasLineCount(1);
  }

  private static ChemProcess run(Path dir, List<String> jvm, String... args) throws IOException {
    assumeTrue(Files.isRegularFile(ChemProcess.jar()), "no packaged chem.jar: run mvn verify");
    return ChemProcess.start(ChemProcess.currentJava(), jvm, dir, args);
  }
}
