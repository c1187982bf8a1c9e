package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives one line naming file, line and reason; exit 1; no stack trace. */
class BadInputTest {
  static final String HEADER = "trial,model,task,quality,accuracy,strategy\n";

  static void assertOneLineError(CliRun r, String... parts) {
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    String first = r.err().lines().findFirst().orElse("");
    assertThat(first).startsWith("chem: ");
    for (String p : parts) {
      assertThat(first).contains(p);
    }
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void wrongPath(@TempDir Path dir) {
    Path f = dir.resolve("nope.csv");
    assertOneLineError(CliRun.of("profile", "--data", f.toString()), "nope.csv", "no such file");
  }

  @Test
  void emptyFile(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("empty.csv"), "");
    assertOneLineError(CliRun.of("rank", "--data", f.toString()), "empty.csv", "is empty");
  }

  @Test
  void headerWithoutAccuracy(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("h.csv"), "trial,model,task,quality\nT 1,m,t,5\n");
    assertOneLineError(CliRun.of("profile", "--data", f.toString()), "h.csv:1:", "'accuracy'");
  }

  @Test
  void nanQuality(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("n.csv"), HEADER + "T 1,m,t,5,0.9,RANDOM\nT 1,m2,t,NaN,0.9,RANDOM\n");
    assertOneLineError(CliRun.of("profile", "--data", f.toString()), "n.csv:3:", "quality is NaN");
    CliRun lenient = CliRun.of("profile", "--data", f.toString(), "--lenient", "--json");
    assertThat(lenient.code()).isZero();
    assertThat(lenient.err()).contains("n.csv:3: rejected: quality is NaN");
  }

  @Test
  void unterminatedQuote(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("q.csv"), HEADER + "T 1,m,t,5,0.9,RANDOM\nT 1,\"m2,t,5,0.9,RANDOM\n");
    assertOneLineError(CliRun.of("rank", "--data", f.toString()), "q.csv:3:", "unterminated quote");
  }

  @Test
  void usageErrorsExitOne() {
    CliRun r = CliRun.of("profile");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("Missing required option: '--data=FILE'");
    assertThat(CliRun.of("no-such-command").code()).isEqualTo(1);
    assertThat(CliRun.of("profile", "--data", "x.csv", "--threshold", "abc").code()).isEqualTo(1);
  }

  @Test
  void strictModeFailsOnWarnings(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("w.csv"), HEADER + "T 1,m,t,5,0.9,SOMETHING\n");
    assertThat(CliRun.of("rank", "--data", f.toString()).code()).isZero();
    assertOneLineError(CliRun.of("rank", "--data", f.toString(), "--strict"), "w.csv:2:", "unknown strategy");
  }

  @Test
  void unknownTaskNamesTheKnownOnes(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("t.csv"), HEADER + "T 1,m,fix it,5,0.9,RANDOM\n");
    assertOneLineError(CliRun.of("profile", "--data", f.toString(), "--task", "other"),
        "unknown task 'other'", "fix it");
  }
}
