package dev.llmchem.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.llmchem.engine.io.IngestCorpus.Case;
import dev.llmchem.engine.io.IngestReport.Issue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus file, in its listed mode, gives exactly the outcome EXPECTED.tsv states. */
class IngestCorpusTest {
  static List<Case> cases() {
    return IngestCorpus.cases(IngestCorpus.DIR);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void outcomeLineAndReasonAreAsListed(Case c) {
    Path file = IngestCorpus.DIR.resolve(c.file());
    IngestOptions options = IngestOptions.defaults().withMode(c.mode());
    Throwable t = catchThrowable(() -> check(c, HistoryReader.read(file, options)));
    if (!c.error()) {
      assertThat(t).as("unexpected failure").isNull();
      return;
    }
    assertThat(t).as("expected an InputException").isInstanceOf(InputException.class);
    InputException e = (InputException) t;
    assertThat(e.line()).as(e.getMessage()).isEqualTo(c.line());
    assertThat(e.reason()).contains(c.reason());
    assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r")
        .startsWith(file + (c.line() > 0 ? ":" + c.line() + ": " : ": "));
  }

  private static void check(Case c, Ingested in) {
    assertThat(c.error()).as("read succeeded but an error was expected").isFalse();
    IngestReport r = in.report();
    String all = r.issues().stream().map(Issue::toString).collect(Collectors.joining("\n"));
    assertThat(r.used()).as(all).isEqualTo(c.used());
    assertThat(r.warned()).as(all).isEqualTo(c.warned());
    assertThat(r.rejected()).as(all).isEqualTo(c.rejected());
    assertThat(r.blankLines()).as(all).isEqualTo(c.blank());
    assertThat(r.records()).isEqualTo(r.used() + r.rejected());
    assertThat(in.history().rows()).isEqualTo((int) r.used());
    assertThat(r.issues()).extracting(Issue::line).as(all).containsExactlyElementsOf(c.lines());
    if (!c.lines().isEmpty()) {
      assertThat(r.issues().get(0).reason()).contains(c.reason());
    }
  }

  @Test
  void everyCorpusFileIsListedAndEveryListedFileExists() throws IOException {
    Set<String> listed = cases().stream().map(Case::file).collect(Collectors.toCollection(TreeSet::new));
    Set<String> present;
    try (Stream<Path> s = Files.list(IngestCorpus.DIR)) {
      present = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("EXPECTED.tsv"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(present).containsExactlyElementsOf(listed);
    assertThat(present).hasSizeGreaterThanOrEqualTo(60);
  }
}
