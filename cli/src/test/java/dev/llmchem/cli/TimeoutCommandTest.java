package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --timeout: a tiny limit on work that takes seconds (dense CHEME over |U| = 26: 5.5e9
 * terms) stops the command with exit 1, one line on stderr naming the command, the limit and
 * the work, and nothing on stdout. Not timing-sensitive: only the outcome is asserted, and the
 * work is far longer than the limit on any machine.
 */
class TimeoutCommandTest {
  /** One task, 26 used models with distinct profiles (|U| = 26: a 512 MiB dense table). */
  static Path u26(Path dir) throws IOException {
    SplittableRandom rnd = new SplittableRandom(26);
    StringBuilder csv = new StringBuilder("trial,model,task,quality,accuracy\n");
    for (int m = 0; m < 26; m++) {
      csv.append(String.format(Locale.ROOT, "T %d,model-%02d,fix it,%.2f,%.4f%n", m / 3, m,
          10 * rnd.nextDouble(), 0.55 + 0.4 * rnd.nextDouble()));
    }
    return Files.writeString(dir.resolve("u26.csv"), csv);
  }

  @Test
  void aTinyTimeoutStopsALongRunWithOneLineAndNoOutput(@TempDir Path dir) throws IOException {
    String data = u26(dir).toString();
    for (String[] args : new String[][] {
        {"chemistry", "--data", data, "--method", "dense", "--json", "--timeout", "10ms"},
        {"chemistry", "--data", data, "--method", "dense", "--threads", "1", "--timeout", "5ms"},
        {"recommend", "--data", data, "--method", "exact", "--json", "--timeout", "10ms"}}) {
      CliRun r = CliRun.of(args);
      assertThat(r.code()).as(r.err()).isEqualTo(1);
      assertThat(r.out()).isEmpty();
      assertThat(r.err().lines()).hasSize(1);
      assertThat(r.err()).startsWith("chem: " + args[0] + ": stopped after ")
          .contains("(--timeout " + args[args.length - 1] + ") during ")
          .endsWith("; no output written" + System.lineSeparator())
          .doesNotContain("Exception");
    }
  }

  @Test
  void gradeStopsToo(@TempDir Path dir) throws IOException {
    Path grades = dir.resolve("grades.csv");
    try (java.io.BufferedWriter w = Files.newBufferedWriter(grades)) {
      w.write("trial,id,author,reviewer,grade\n");
      for (int a = 0; a < 50_000; a++) { // 10^6 grades: reading alone takes far more than 1 ms
        for (int r = 0; r < 20; r++) {
          w.write("T " + a % 7 + ",item-" + a + ",m" + a % 20 + ",r" + r + "," + (a + r) % 11
              + "\n");
        }
      }
    }
    CliRun r = CliRun.of("grade", "--grades", grades.toString(), "--timeout", "1ms");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("chem: grade: stopped after ").contains("(--timeout 1ms)")
        .hasLineCount(1);
  }

  @Test
  void badDurationsAreUsageErrors() {
    for (String bad : new String[] {"0", "-5s", "abc", "10 parsecs", "0ms", ""}) {
      CliRun r = CliRun.of("profile", "--data", DeterminismCases.DEMO, "--timeout", bad);
      assertThat(r.code()).as(bad).isEqualTo(1);
      assertThat(r.err()).as(bad).startsWith("chem: ").contains("--timeout")
          .contains("expected a positive duration such as 30s, 5m, 1h or 500ms");
    }
    CliRun ok = CliRun.of("profile", "--data", DeterminismCases.DEMO, "--timeout", "5m", "--json");
    assertThat(ok.code()).as(ok.err()).isZero();
  }

  @Test
  void durationsParseAndPrintAsTyped() {
    DurationConverter c = new DurationConverter();
    assertThat(c.convert("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(c.convert("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(c.convert("1.5h")).isEqualTo(Duration.ofMinutes(90));
    assertThat(c.convert("250MS")).isEqualTo(Duration.ofMillis(250));
    assertThat(c.convert("90")).isEqualTo(Duration.ofSeconds(90));
    assertThat(c.convert("PT2M")).isEqualTo(Duration.ofMinutes(2));
    assertThatThrownBy(() -> c.convert("1e400s")).hasMessageContaining("positive duration");
    for (String s : new String[] {"10ms", "30s", "5m", "2h", "1.5s"}) {
      assertThat(RunControl.format(c.convert(s))).isEqualTo(s);
    }
  }

  @Test
  void limitsAreRefusedBeforeAnyWork() {
    CliRun exact = CliRun.of("recommend", "--data", DeterminismCases.WIDE, "--method", "exact");
    assertThat(exact.code()).isEqualTo(1);
    assertThat(exact.err()).isEqualTo("chem: the exact RECOMMEND enumerates all 2^|S| subsets"
        + " and takes |S| <= 30; this task has |S| = 64 (2^64 = 1.8e+19 subsets); use --method"
        + " reference (local search), or --size N for an exact set of N models"
        + System.lineSeparator());
    CliRun combos = CliRun.of("recommend", "--data", DeterminismCases.WIDE, "--method", "exact",
        "--size", "20");
    assertThat(combos.code()).isEqualTo(1);
    assertThat(combos.err()).contains("of size 20 among |S| = 64 models would enumerate")
        .contains("combinations; the limit is 2147483648");
    CliRun naive = CliRun.of("chemistry", "--data", DeterminismCases.WIDE, "--method", "dense");
    assertThat(naive.code()).isEqualTo(1);
    assertThat(naive.err()).contains("|U| = 48 used models").contains("--method exact-eq1");
  }
}
