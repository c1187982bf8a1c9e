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

  /**
   * The JSON commands on a history of many small tasks with small heaps (issue "Reliability,
   * round 2", item 1): the documents stream task by task, so every run either succeeds or is
   * refused up front with one line (exit 1), never ends in an OutOfMemoryError (exit 2); with
   * -Xmx128m all succeed, with the same bytes at every heap. Before streaming, the whole
   * document was a Jackson tree and chemistry ended with "internal error: out of memory" at
   * all three heaps (a 20,000-task history also failed profile at 64m and 96m). Three runs at
   * a time (one per command).
   */
  @Test
  void manyTasksStreamOrAreRefusedWithSmallHeaps(@TempDir Path dir) throws Exception {
    // 50,000 tasks (8.9 MB) do not fit 64 MiB: refused right after reading, as the trimmed
    // copy of the columns is checked (it used to end in an OutOfMemoryError)
    Path big = manyTasks(dir.resolve("tasks50000.csv"), 50_000);
    ChemProcess refused = run(dir, List.of("-Xmx64m"), "profile", "--data", big.toString(),
        "--json");
    assertThat(refused.waitFor(5)).as(refused.err()).isEqualTo(1);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err()).startsWith("chem: ").contains("JAVA_OPTS=-Xmx")
        .doesNotContain("internal error").hasLineCount(1);
    Path csv = manyTasks(dir.resolve("tasks.csv"), MANY_TASKS);
    for (String heap : new String[] {"-Xmx64m", "-Xmx96m", "-Xmx128m"}) {
      java.util.Map<String, ChemProcess> runs = new java.util.LinkedHashMap<>();
      // C1 only: the runs are short and C2's compilations would double the CPU they take;
      // the heap is the same (compiled code lives outside it)
      List<String> jvm = List.of(heap, "-XX:TieredStopAtLevel=1");
      for (String cmd : new String[] {"profile", "chemistry", "recommend"}) {
        runs.put(cmd, cmd.equals("profile")
            ? run(dir, jvm, cmd, "--data", csv.toString(), "--json")
            : run(dir, jvm, cmd, "--data", csv.toString(), "--json", "--threads", "1"));
      }
      for (var e : runs.entrySet()) {
        ChemProcess p = e.getValue();
        String label = e.getKey() + " " + heap;
        int code = p.waitFor(5);
        assertThat(code).as("%s: %s", label, p.err()).isIn(0, 1);
        if (code == 1) {
          assertThat(p.out()).as(label).isEmpty();
          assertThat(p.err()).as(label).startsWith("chem: ").contains("JAVA_OPTS=-Xmx")
              .doesNotContain("internal error").hasLineCount(1);
          assertThat(heap).as("%s refused: %s", label, p.err()).isNotEqualTo("-Xmx128m");
          continue;
        }
        String json = p.out();
        assertThat(Json.MAPPER.readTree(json).get("tasks")).as(label).hasSize(MANY_TASKS);
        assertThat(json).as(label).isEqualTo(firstOutput.computeIfAbsent(e.getKey(),
            k -> json));
      }
    }
  }

  /**
   * CHEME over many tasks of |U| = 14 holds one 128 KiB cost table at a time: each task's
   * TaskAnalysis used to keep the table CHEME built, so 600 such tasks kept 75 MiB and
   * chemistry or recommend --json with -Xmx64m ended in an OutOfMemoryError (exit 2).
   */
  @Test
  void costTablesAreNotKeptPerTask(@TempDir Path dir) throws Exception {
    SplittableRandom rnd = new SplittableRandom(14);
    Path csv = dir.resolve("u14.csv");
    try (BufferedWriter w = Files.newBufferedWriter(csv)) {
      w.write("trial,model,task,quality,accuracy\n");
      for (int t = 0; t < 600; t++) {
        for (int m = 0; m < 14; m++) {
          w.write(String.format(Locale.ROOT, "T%d,model-%02d,task%04d,%.2f,%.3f%n", t, m, t,
              10 * rnd.nextDouble(), 0.55 + 0.4 * rnd.nextDouble()));
        }
      }
    }
    ChemProcess chemistry = run(dir, List.of("-Xmx64m"), "chemistry", "--data", csv.toString(),
        "--json", "--threads", "1");
    ChemProcess recommend = run(dir, List.of("-Xmx64m"), "recommend", "--data", csv.toString(),
        "--json", "--threads", "1");
    assertThat(chemistry.waitFor(5)).as(chemistry.err()).isZero();
    assertThat(recommend.waitFor(5)).as(recommend.err()).isZero();
    assertThat(Json.MAPPER.readTree(chemistry.out()).get("tasks")).hasSize(600);
    assertThat(Json.MAPPER.readTree(recommend.out()).get("tasks")).hasSize(600);
  }

  /** Task clusters of {@link #manyTasksStreamOrAreRefusedWithSmallHeaps}. */
  static final int MANY_TASKS = 12_000;

  private final java.util.Map<String, String> firstOutput = new java.util.HashMap<>();

  /**
   * {@code tasks} distinct one-word tasks ("task00000", ...), each with 5 of 8 models (random
   * quality and accuracy, so some are used and some not): 5 rows per task, about 177 bytes.
   */
  static Path manyTasks(Path file, int tasks) throws IOException {
    SplittableRandom rnd = new SplittableRandom(50_000);
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write("trial,model,task,quality,accuracy\n");
      int[] models = {0, 1, 2, 3, 4, 5, 6, 7};
      for (int t = 0; t < tasks; t++) {
        for (int k = 0; k < 5; k++) { // 5 of the 8 models, in random order
          int j = k + rnd.nextInt(8 - k);
          int m = models[j];
          models[j] = models[k];
          models[k] = m;
          w.write(String.format(Locale.ROOT, "T%d,model-%d,task%05d,%.2f,%.3f%n", t, m, t,
              10 * rnd.nextDouble(), rnd.nextDouble()));
        }
      }
    }
    return file;
  }

  private static ChemProcess run(Path dir, List<String> jvm, String... args) throws IOException {
    assumeTrue(Files.isRegularFile(ChemProcess.jar()), "no packaged chem.jar: run mvn verify");
    return ChemProcess.start(ChemProcess.currentJava(), jvm, dir, args);
  }
}
