package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output safety through the packaged {@code chem.jar} and {@code fixtures.jar}, as a user
 * meets it: standard output on /dev/full or a file past {@code ulimit -f} (a full disk), a
 * pipe closed by its reader, {@code kill -9} while a file is written, four processes writing
 * one --out, and Ctrl-C at the end of {@code grade}. Runs after {@code package} (failsafe);
 * Linux (/dev/full, bash, /bin/kill).
 */
class OutputSafetyIT {
  static final String DEMO = "../fixtures/data/demo.csv";
  static final String POOL = "../fixtures/data/pool-256.csv";
  static final String NL = System.lineSeparator();

  @TempDir
  static Path shared;
  static Path grades;
  static Path bigRuns;

  /** A runs file of about 30 MB (1 KB of answer text a row) and grades for 2,000 answers. */
  @BeforeAll
  static void inputs() throws IOException {
    assumeTrue(Files.isRegularFile(ChemProcess.jar()), "no packaged chem.jar: run mvn verify");
    grades = shared.resolve("grades.csv");
    try (BufferedWriter w = Files.newBufferedWriter(grades)) {
      w.write("trial,id,author,reviewer,grade\n");
      for (int i = 0; i < 2000; i++) {
        w.write("T" + i / 20 + ",Item_" + i + ",m" + i % 20 + ",r1," + i % 11 + "\n");
        w.write("T" + i / 20 + ",Item_" + i + ",m" + i % 20 + ",r2," + (10 - i % 11) + "\n");
      }
    }
    bigRuns = shared.resolve("big-runs.csv");
    String text = "\"" + "an answer, with \"\"quotes\"\" and text ".repeat(28) + "\"";
    try (BufferedWriter w = Files.newBufferedWriter(bigRuns)) {
      w.write("trial,model,task,id,result,quality,accuracy\n");
      for (int i = 0; i < 30_000; i++) {
        w.write("T" + i / 20 + ",m" + i % 20 + ",fix it,Item_" + i + "," + text + ",5,0.5\n");
      }
    }
  }

  static Path fixturesJar() {
    return Path.of(System.getProperty("llmchem.fixtures.jar", ChemProcess.jar().toAbsolutePath()
        .getParent().getParent().getParent().resolve("fixtures/target/fixtures.jar").toString()));
  }

  static List<String> java(Path jar, String... args) {
    List<String> cmd = new ArrayList<>(List.of(ChemProcess.currentJava().toString(), "-jar",
        jar.toString()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  static List<String> chem(String... args) {
    return java(ChemProcess.jar(), args);
  }

  /** {@code bash -c 'ulimit -f KB; exec CMD'}: writes past KB kilobytes fail (EFBIG). */
  static List<String> withFileLimit(int kb, List<String> cmd) {
    StringBuilder b = new StringBuilder("ulimit -f " + kb + "; exec");
    for (String c : cmd) {
      b.append(" '").append(c.replace("'", "'\\''")).append('\'');
    }
    return List.of("bash", "-c", b.toString());
  }

  record Result(int code, String err) { }

  static Result run(List<String> cmd, File stdout) throws Exception {
    Path err = Files.createTempFile(shared, "err", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(stdout).redirectError(err.toFile())
        .start();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("exits: %s", cmd).isTrue();
    return new Result(p.exitValue(), Files.readString(err));
  }

  @Test
  void everyCommandOnAFullStandardOutputExitsOneWithOneLine() throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.exists() && !full.isFile(), "needs Linux /dev/full");
    String maps = shared.resolve("maps").toString();
    // every command is checked in-process (OutputFailureTest); here the real file descriptor
    List<List<String>> commands = List.of(chem("profile", "--data", DEMO),
        chem("chemistry", "--data", DEMO, "--json"),
        chem("maps", "--data", DEMO, "--out", maps, "--values", "--json"),
        chem("grade", "--grades", grades.toString()), chem("--help"));
    for (List<String> c : commands) {
      Result r = run(c, full);
      assertThat(r.code()).as("%s: %s", c, r.err()).isEqualTo(1);
      assertThat(r.err()).as("%s", c)
          .isEqualTo("chem: cannot write to standard output: No space left on device" + NL);
    }
    assumeTrue(Files.isRegularFile(fixturesJar()), "no packaged fixtures.jar");
    Result f = run(java(fixturesJar(), "--rows", "3000"), full);
    assertThat(f.code()).as(f.err()).isEqualTo(1);
    assertThat(f.err())
        .isEqualTo("fixtures: cannot write to standard output: No space left on device" + NL);
  }

  /** {@code chem chemistry --json > file} on a full disk: exit 1, not a truncated file and 0. */
  @Test
  void aFullDiskUnderARedirectIsExitOne() throws Exception {
    Path json = shared.resolve("chem.json");
    Result r = run(withFileLimit(64, chem("chemistry", "--data", POOL, "--method", "exact-eq1",
        "--json")), json.toFile());
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("chem: cannot write to standard output: File too large" + NL);
  }

  /** maps on a full disk: the --values CSV (2 MB; the PNG is 28 KB) names its option. */
  @Test
  void aFullDiskDuringMapsNamesTheMapFile(@TempDir Path dir) throws Exception {
    Path maps = dir.resolve("maps");
    Result r = run(withFileLimit(200, chem("maps", "--data", DEMO, "--out", maps.toString(),
        "--values", "--group", "10")), dir.resolve("stdout").toFile());
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("chem: cannot write to " + maps.resolve(
        "demo-task1-group3_chemistry-strong.csv") + " (--values): File too large" + NL);
    assertThat(names(maps)).containsExactly("demo-task1-group3_chemistry-strong.png");
  }

  /** grade --out onto --runs on a full disk names --out, and the runs file stays whole. */
  @Test
  void aFullDiskDuringGradeOutKeepsTheRunsAndBlamesTheOutput(@TempDir Path dir)
      throws Exception {
    Path runs = Files.copy(bigRuns, dir.resolve("gr_runs.csv"));
    Result r = run(withFileLimit(4096, chem("grade", "--grades", grades.toString(), "--runs",
        runs.toString(), "--out", runs.toString())), dir.resolve("stdout").toFile());
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("chem: cannot write to " + runs + " (--out): File too large"
        + NL);
    assertThat(Files.mismatch(runs, bigRuns)).isEqualTo(-1);
    assertThat(names(dir)).containsExactlyInAnyOrder("gr_runs.csv", "stdout");
  }

  /** {@code chem ... | head -1}: exit 141 (128 + SIGPIPE), nothing on stderr. */
  @Test
  void aClosedPipeEndsQuietly() throws Exception {
    List<List<String>> commands = new ArrayList<>(List.of(
        chem("chemistry", "--data", POOL, "--method", "exact-eq1", "--top", "0"),
        chem("chemistry", "--data", POOL, "--method", "exact-eq1", "--json"),
        chem("profile", "--data", POOL)));
    if (Files.isRegularFile(fixturesJar())) {
      commands.add(java(fixturesJar(), "--trials", "1000", "--rows", "100000"));
    }
    for (List<String> c : commands) {
      Path err = Files.createTempFile(shared, "err", ".txt");
      Process p = new ProcessBuilder(c).redirectError(err.toFile()).start();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
          StandardCharsets.UTF_8))) {
        assertThat(out.readLine()).isNotNull();
      }
      assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
      assertThat(p.exitValue()).as("%s: %s", c, Files.readString(err)).isEqualTo(141);
      assertThat(err).as("%s", c).isEmptyFile();
    }
  }

  /** What the poll saw before the kill. */
  enum Seen { TEMPORARY, CHANGED, EXITED }

  /**
   * Polls until a new entry appears in the folder of {@code file} (a temporary file, whatever
   * its name), {@code file} differs from before (in size or identity), or the process exits.
   */
  static Seen watch(Process p, Path file, long size, Object key) throws IOException {
    Set<String> before = new HashSet<>(names(file.getParent()));
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (System.nanoTime() < deadline) {
      if (!before.containsAll(names(file.getParent()))) {
        return Seen.TEMPORARY;
      }
      if (Files.exists(file) && (Files.size(file) != size || !key.equals(Files.readAttributes(
          file, BasicFileAttributes.class).fileKey()))) {
        return Seen.CHANGED;
      }
      if (!p.isAlive()) {
        return Seen.EXITED;
      }
    }
    throw new AssertionError("nothing happened to " + file + " within a minute");
  }

  /**
   * kill -9 while {@code file} is being written: it holds the old bytes or the complete new
   * ones; a leftover temporary is named after the file and removed by the next run.
   */
  void killDuringTheWrite(Path dir, Path file, byte[] original, List<String> cmd)
      throws Exception {
    Files.write(file, original);
    Files.write(dir.resolve("stdout"), new byte[0]);
    Files.write(dir.resolve("stderr"), new byte[0]);
    Set<String> files = new HashSet<>(names(dir));
    for (int attempt = 0; ; attempt++) {
      Files.write(file, original);
      long size = Files.size(file);
      Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
      Process p = new ProcessBuilder(cmd).redirectOutput(dir.resolve("stdout").toFile())
          .redirectError(dir.resolve("stderr").toFile()).start();
      Seen seen = watch(p, file, size, key);
      p.destroyForcibly(); // SIGKILL
      assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
      if (seen == Seen.EXITED) {
        assertThat(attempt).as("the run ended before its write could be caught").isLessThan(3);
        continue;
      }
      byte[] afterKill = Files.readAllBytes(file);
      List<String> left = names(dir).stream().filter(n -> !files.contains(n)).toList();
      assertThat(left).as("a leftover is named after its output")
          .allMatch(n -> n.equals("." + file.getFileName() + ".chem-tmp-" + p.pid()));
      // the next run completes and removes the leftover of the killed one
      Result again = run(cmd, dir.resolve("stdout").toFile());
      assertThat(again.code()).as(again.err()).isZero();
      byte[] complete = Files.readAllBytes(file);
      assertThat(complete).isNotEqualTo(original);
      assertThat(afterKill).as("after kill -9 (seen: %s), the file holds the old or the"
          + " complete new output", seen).satisfiesAnyOf(
              b -> assertThat(b).isEqualTo(original), b -> assertThat(b).isEqualTo(complete));
      assertThat(names(dir)).as("no leftover after the next run").hasSameElementsAs(files);
      return;
    }
  }

  @Test
  void killMinus9DuringGradeOutLeavesTheRunsWhole(@TempDir Path dir) throws Exception {
    Path runs = dir.resolve("gr_runs.csv");
    killDuringTheWrite(dir, runs, Files.readAllBytes(bigRuns), chem("grade", "--grades",
        grades.toString(), "--runs", runs.toString(), "--out", runs.toString()));
  }

  @Test
  void killMinus9DuringTheIngestReportLeavesTheOldReport(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("dirty.csv");
    try (BufferedWriter w = Files.newBufferedWriter(data)) {
      w.write("trial,model,task,quality,accuracy\n");
      for (int i = 0; i < 200_000; i++) {
        w.write("T" + i / 8 + ",m" + i % 8 + ",fix it," + (i % 4 == 0 ? "5" : "NaN") + ",0.75\n");
      }
    }
    Path report = dir.resolve("report.tsv");
    killDuringTheWrite(dir, report, "# the previous report\n".getBytes(StandardCharsets.UTF_8),
        chem("rank", "--data", data.toString(), "--lenient", "--ingest-report",
            report.toString()));
  }

  /**
   * Four processes write one --out at once (20-30 MB each, so that the writes overlap):
   * the result is exactly one of their complete outputs, and no temporary file is left.
   */
  @Test
  void fourConcurrentFixturesLeaveOneCompleteOutput(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isRegularFile(fixturesJar()), "no packaged fixtures.jar");
    List<List<String>> alone = new ArrayList<>();
    List<List<String>> together = new ArrayList<>();
    Path same = dir.resolve("same.csv");
    // the longest first, the shortest last (100 ms apart): writing in place, the last opener
    // truncated the file and the longer outputs still being written left their tails in it
    for (int seed = 4; seed >= 1; seed--) {
      String[] spec = {"--seed", Integer.toString(seed), "--trials", "2000", "--rows",
          Integer.toString(100_000 + 10_000 * seed), "--out"};
      alone.add(java(fixturesJar(), concat(spec, dir.resolve("alone-" + (5 - seed) + ".csv"))));
      together.add(java(fixturesJar(), concat(spec, same)));
    }
    assertOneOfThem(dir, alone, together, same);
  }

  /** The same with {@code grade}: four grade sheets, one --out. */
  @Test
  void fourConcurrentGradesLeaveOneCompleteOutput(@TempDir Path dir) throws Exception {
    List<List<String>> alone = new ArrayList<>();
    List<List<String>> together = new ArrayList<>();
    Path out = dir.resolve("graded.csv");
    for (int k = 1; k <= 4; k++) {
      Path g = dir.resolve("grades-" + k + ".csv");
      List<String> lines = Files.readAllLines(grades);
      try (BufferedWriter w = Files.newBufferedWriter(g)) {
        w.write(lines.get(0) + "\n");
        for (String line : lines.subList(1, lines.size())) {
          int comma = line.lastIndexOf(',');
          w.write(line.substring(0, comma + 1)
              + (Integer.parseInt(line.substring(comma + 1)) + k) % 11 + "\n");
        }
      }
      String[] spec = {"grade", "--grades", g.toString(), "--runs", bigRuns.toString(),
          "--out"};
      alone.add(chem(concat(spec, dir.resolve("alone-" + k + ".csv"))));
      together.add(chem(concat(spec, out)));
    }
    assertOneOfThem(dir, alone, together, out);
  }

  /** Runs {@code alone} (to alone-K.csv), then {@code together} (all to {@code same}). */
  private static void assertOneOfThem(Path dir, List<List<String>> alone,
      List<List<String>> together, Path same) throws Exception {
    assertThat(runAll(alone, dir)).containsOnly(0);
    Set<String> expected = new HashSet<>();
    for (int k = 1; k <= alone.size(); k++) {
      Path f = dir.resolve("alone-" + k + ".csv");
      expected.add(sha256(f));
      Files.delete(f);
    }
    assertThat(expected).hasSize(alone.size());
    assertThat(runAll(together, dir)).containsOnly(0);
    assertThat(sha256(same)).as("one complete output").isIn(expected);
    assertThat(names(dir)).noneMatch(n -> n.contains(".chem-tmp-"));
  }

  private static String[] concat(String[] a, Path last) {
    return concat(a, last.toString());
  }

  private static String[] concat(String[] a, String last) {
    String[] r = java.util.Arrays.copyOf(a, a.length + 1);
    r[a.length] = last;
    return r;
  }

  /** Starts all (100 ms apart), waits for all; the exit codes. */
  private static List<Integer> runAll(List<List<String>> cmds, Path dir) throws Exception {
    List<Process> ps = new ArrayList<>();
    for (List<String> c : cmds) {
      if (!ps.isEmpty()) {
        Thread.sleep(100);
      }
      ps.add(new ProcessBuilder(c).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(Files.createTempFile(dir, "err", ".txt").toFile()).start());
    }
    List<Integer> codes = new ArrayList<>();
    for (Process p : ps) {
      assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
      codes.add(p.exitValue());
    }
    return codes;
  }

  private static String sha256(Path f) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    try (var in = Files.newInputStream(f)) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("err"))
          .sorted().toList();
    }
  }

  /**
   * Ctrl-C that arrives once {@code grade} has renamed its output over --out, in the last
   * moments of the run: exit 0, the file is the new one (before, the JVM said 130). And
   * Ctrl-C while the output is still being written: exit 130, the old file, no leftover.
   */
  @Test
  void theExitCodeOfACtrlCTellsWhatHappenedToTheFile(@TempDir Path dir) throws Exception {
    Path kill = Path.of("/bin/kill");
    assumeTrue(Files.isExecutable(kill), "needs /bin/kill to send SIGINT");
    Path runs = dir.resolve("gr_runs.csv");
    byte[] original = Files.readAllBytes(bigRuns);
    int lastMoments = 0;
    for (int attempt = 0; attempt < 3 && lastMoments < 1; attempt++) {
      Files.write(runs, original);
      Object key = Files.readAttributes(runs, BasicFileAttributes.class).fileKey();
      ChemProcess p = ChemProcess.startInterruptible(ChemProcess.currentJava(), List.of(), dir,
          "grade", "--grades", grades.toString(), "--runs", runs.toString(), "--out",
          runs.toString());
      assumeTrue(p != null, "needs env --default-signal (coreutils 8.31+)");
      // a shell that is ready to send SIGINT the moment it reads a line
      Process sender = new ProcessBuilder("sh", "-c", "read x; kill -INT " + p.process.pid())
          .redirectErrorStream(true).start();
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
      while (p.process.isAlive() && System.nanoTime() < deadline && key.equals(Files
          .readAttributes(runs, BasicFileAttributes.class).fileKey())) {
        Thread.onSpinWait();
      }
      boolean aliveAfterRename = p.process.isAlive();
      try (OutputStream o = sender.getOutputStream()) {
        o.write('\n');
      }
      sender.waitFor(10, TimeUnit.SECONDS);
      int code = p.waitFor(1);
      assertThat(Files.readString(runs)).as(p.err()).contains("review_accuracy");
      assertThat(code).as("the file was replaced, so: %s", p.err()).isZero();
      lastMoments += aliveAfterRename ? 1 : 0;
    }
    assertThat(lastMoments).as("SIGINT reached a run after its rename").isPositive();
    // Ctrl-C during the write keeps the old file
    Files.write(runs, original);
    Object key = Files.readAttributes(runs, BasicFileAttributes.class).fileKey();
    ChemProcess p = ChemProcess.startInterruptible(ChemProcess.currentJava(), List.of(), dir,
        "grade", "--grades", grades.toString(), "--runs", runs.toString(), "--out",
        runs.toString());
    Seen seen = watch(p.process, runs, original.length, key);
    assertThat(seen).isEqualTo(Seen.TEMPORARY);
    new ProcessBuilder(kill.toString(), "-INT", Long.toString(p.process.pid())).start()
        .waitFor();
    assertThat(p.waitFor(1)).as(p.err()).isEqualTo(130);
    assertThat(Files.mismatch(runs, bigRuns)).isEqualTo(-1);
    assertThat(p.err()).startsWith("chem: grade: interrupted (Ctrl-C) after ")
        .contains("during the replacement of " + runs + " (--out), which was left as it was")
        .hasLineCount(1);
    assertThat(names(dir)).noneMatch(n -> n.contains(".chem-tmp-"));
  }
}
