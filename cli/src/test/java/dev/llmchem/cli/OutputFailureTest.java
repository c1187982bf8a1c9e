package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A failed write to standard output or to a file ends the run with exit 1 and one line naming
 * the target and the reason (never an input); a closed pipe ends quietly with 141. In-process,
 * through {@link Main#execute(String[], OutputStream, PrintWriter)} with /dev/full as stdout
 * (Linux); {@code OutputSafetyIT} does the same through the packaged jar.
 */
class OutputFailureTest {
  static final String DEMO = DeterminismCases.DEMO;
  static final String N04 = "../fixtures/reference/goldens/synthetic/synth_n04.csv";
  static final String GRADES = String.join("\n", "trial,id,author,reviewer,grade,correct",
      "T1,Item_0,x,x,6,1", "T1,Item_0,x,y,8,1", "T1,Item_0,x,z,7,", "T1,Item_1,y,x,2,",
      "T1,Item_1,y,y,4,", "T1,Item_1,y,z,3,", "");
  static final String RUNS = String.join("\n", "trial,model,task,id,result,quality,accuracy",
      "T1,x,t,Item_0,a,0,0", "T1,y,t,Item_1,b,0,0", "");

  @TempDir
  static Path dir;

  record Outcome(int code, String err) { }

  /** Runs chem with {@code stdout} as standard output. */
  static Outcome run(OutputStream stdout, String... args) {
    StringWriter err = new StringWriter();
    int code = Main.execute(args, stdout, new PrintWriter(err, true));
    return new Outcome(code, err.toString());
  }

  static Outcome toDevFull(String... args) throws IOException {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full) && !Files.isRegularFile(full), "needs Linux /dev/full");
    try (OutputStream out = new FileOutputStream(full.toFile())) {
      return run(out, args);
    }
  }

  /** Every command, text and JSON, and the help and version texts. */
  static Stream<List<String>> commands() throws IOException {
    Path grades = Files.writeString(dir.resolve("grades.csv"), GRADES);
    Path runs = Files.writeString(dir.resolve("runs.csv"), RUNS);
    String maps = dir.resolve("maps").toString();
    List<List<String>> c = new ArrayList<>();
    c.add(List.of("profile", "--data", DEMO));
    c.add(List.of("profile", "--data", DEMO, "--json"));
    c.add(List.of("chemistry", "--data", DEMO));
    c.add(List.of("chemistry", "--data", DEMO, "--json"));
    c.add(List.of("recommend", "--data", DEMO));
    c.add(List.of("recommend", "--data", DEMO, "--json"));
    c.add(List.of("rank", "--data", DEMO));
    c.add(List.of("rank", "--data", DEMO, "--json"));
    c.add(List.of("mig", "--data", N04));
    c.add(List.of("mig", "--data", N04, "--format", "dot"));
    c.add(List.of("mig", "--data", N04, "--json"));
    c.add(List.of("eval", "--data", DEMO));
    c.add(List.of("eval", "--data", DEMO, "--json"));
    c.add(List.of("eval", "--data", DEMO, "--question", "rq2", "--csv"));
    c.add(List.of("maps", "--data", DEMO, "--out", maps));
    c.add(List.of("maps", "--data", DEMO, "--out", maps, "--json", "--values"));
    c.add(List.of("grade", "--grades", grades.toString()));
    c.add(List.of("grade", "--grades", grades.toString(), "--runs", runs.toString()));
    c.add(List.of("--help"));
    c.add(List.of("chemistry", "--help"));
    c.add(List.of("--version"));
    return c.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void aFullStandardOutputIsExitOneAndOneLine(List<String> args) throws IOException {
    Outcome r = toDevFull(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("chem: cannot write to standard output: No space left on device"
        + System.lineSeparator());
  }

  @Test
  void aClosedPipeEndsQuietlyWith141() {
    OutputStream closedPipe = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    for (String[] args : List.of(new String[] {"chemistry", "--data", DEMO, "--json"},
        new String[] {"profile", "--data", DEMO}, new String[] {"--help"})) {
      Outcome r = run(closedPipe, args);
      assertThat(r.code()).as(r.err()).isEqualTo(Main.EXIT_BROKEN_PIPE);
      assertThat(r.err()).isEmpty();
    }
  }

  @Test
  void aFullGradeOutNamesTheOutputNotTheRunsFile() throws IOException {
    assumeTrue(Files.exists(Path.of("/dev/full")), "needs Linux /dev/full");
    Path grades = Files.writeString(dir.resolve("g.csv"), GRADES);
    // a runs file larger than the write buffers, so the write fails while it is being read
    StringBuilder big = new StringBuilder("trial,model,task,id,result,quality,accuracy\n");
    for (int i = 0; i < 20_000; i++) {
      big.append("T1,x,t,Item_").append(i).append(",some answer text,0,0\n");
    }
    Path runs = Files.writeString(dir.resolve("gr_runs.csv"), big);
    CliRun r = CliRun.of("grade", "--grades", grades.toString(), "--runs", runs.toString(),
        "--out", "/dev/full");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("chem: cannot write to /dev/full (--out): No space left on"
        + " device" + System.lineSeparator());
    assertThat(Files.isRegularFile(Path.of("/dev/full"))).isFalse();
  }

  @Test
  void aFullIngestReportIsOneLineNamingTheOption() {
    assumeTrue(Files.exists(Path.of("/dev/full")), "needs Linux /dev/full");
    CliRun r = CliRun.of("profile", "--data", DEMO, "--ingest-report", "/dev/full");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("chem: cannot write to /dev/full (--ingest-report): No space"
        + " left on device" + System.lineSeparator());
  }

  @Test
  void mapsIntoAFileIsRefusedBeforeReading() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    CliRun r = CliRun.of("maps", "--data", "no-such.csv", "--out", file.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("chem: cannot write to " + file + " (--out): not a folder"
        + System.lineSeparator());
  }
}
