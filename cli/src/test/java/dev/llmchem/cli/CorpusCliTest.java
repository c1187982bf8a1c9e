package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.io.IngestCorpus;
import dev.llmchem.engine.io.IngestCorpus.Case;
import dev.llmchem.engine.io.IngestOptions.Mode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The error cases of the engine's ingest corpus, run through {@code chem profile}: exit 1,
 * nothing on stdout, one line on stderr {@code chem: FILE:LINE: reason}, no stack trace.
 */
class CorpusCliTest {
  static final Path DIR = Path.of("../engine").resolve(IngestCorpus.DIR);

  static List<Case> errorCases() {
    return IngestCorpus.cases(DIR).stream().filter(Case::error).toList();
  }

  static List<Case> emptyHistories() {
    return IngestCorpus.cases(DIR).stream().filter(c -> !c.error() && c.used() == 0).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorCases")
  void badInputIsOneLineNamingFileAndLine(Case c) {
    String file = DIR.resolve(c.file()).toString();
    CliRun r = c.mode() == Mode.DEFAULT ? CliRun.of("profile", "--data", file)
        : CliRun.of("profile", "--data", file, c.mode() == Mode.STRICT ? "--strict" : "--lenient");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).as(r.err()).hasSize(1);
    String where = c.line() > 0 ? file + ":" + c.line() + ": " : file + ": ";
    assertThat(r.err()).startsWith("chem: " + where).contains(c.reason())
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void anUnwritableIngestReportIsBadUsageNotAnInternalError() {
    String data = DIR.resolve("ok-basic.csv").toString();
    CliRun r = CliRun.of("profile", "--data", data, "--ingest-report", "no-such-dir/report.tsv");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("chem: cannot write to no-such-dir/report.tsv"
        + " (--ingest-report): no such directory" + System.lineSeparator());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("emptyHistories")
  void aHistoryWithNoUsableRowIsBadInput(Case c) {
    String file = DIR.resolve(c.file()).toString();
    CliRun r = CliRun.of("profile", "--data", file, "--lenient");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("chem: " + file).contains("no usable data rows")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }
}
