package dev.llmchem.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.io.DirtyCsv.Doc;
import dev.llmchem.engine.io.DirtyCsv.Planted;
import dev.llmchem.engine.io.IngestOptions.Mode;
import dev.llmchem.engine.io.IngestReport.Issue;
import dev.llmchem.engine.io.IngestReport.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property-based fuzzing of {@link HistoryReader} over random dirty CSV documents
 * ({@link DirtyCsv}), as seeded loops ({@link FuzzLoop}; {@code -Dllmchem.fuzz.tries=N} for a
 * longer run, see corpus/README.md). Structured documents are checked against what was
 * planted; damaged ones (characters and bytes) against invariants only.
 */
class IngestFuzzTest {
  @Test
  void plantedProblemsAreReportedExactly() {
    FuzzLoop.run("IngestFuzzTest.planted", 1000, r -> planted(DirtyCsv.generate(r)));
  }

  @Test
  void damagedTextKeepsTheInvariants() {
    FuzzLoop.run("IngestFuzzTest.damagedText", 1000,
        r -> damagedText(DirtyCsv.mutate(DirtyCsv.generate(r).text(), r)));
  }

  @Test
  void damagedBytesKeepTheInvariants(@TempDir Path dir) {
    FuzzLoop.run("IngestFuzzTest.damagedBytes", 300, r -> {
      byte[] b = DirtyCsv.generate(r).text().getBytes(StandardCharsets.UTF_8);
      for (int i = 0, n = 1 + r.nextInt(3); i < n && b.length > 0; i++) {
        b[r.nextInt(b.length)] = (byte) r.nextInt(256);
      }
      try {
        damagedBytes(Files.write(dir.resolve("fuzz.csv"), b), b);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  /** Every planted problem is reported at its line with its severity, and nothing else. */
  private static void planted(Doc doc) {
    Outcome lenient = Outcome.of(doc.text(), Mode.LENIENT);
    if (doc.unterminatedLine() > 0) {
      assertThat(lenient.error).isNotNull();
      assertThat(lenient.error.line()).isEqualTo(doc.unterminatedLine());
      assertThat(lenient.error.reason()).startsWith("unterminated quote");
    } else {
      assertThat(lenient.error).as("%s", lenient.error).isNull();
      IngestReport r = lenient.in.report();
      assertThat(r.issues()).extracting(Issue::line)
          .containsExactlyElementsOf(doc.planted().stream().map(Planted::line).toList());
      for (int i = 0; i < r.issues().size(); i++) {
        Severity want = doc.planted().get(i).severity();
        assertThat(r.issues().get(i).severity()).as(r.issues().get(i).toString())
            .isEqualTo(want == null ? Severity.WARNING : want);
        assertThat(r.issues().get(i).reason().startsWith("blank line")).isEqualTo(want == null);
      }
      double[] q = lenient.in.history().quality();
      assertThat(q).hasSize(doc.qualities().size());
      for (int i = 0; i < q.length; i++) {
        assertThat(q[i]).as(doc.qualities().get(i))
            .isEqualTo(Double.parseDouble(doc.qualities().get(i).trim()));
      }
    }
    long firstRejected = first(doc, true);
    long firstAny = first(doc, false);
    expectFailureAt(Outcome.of(doc.text(), Mode.DEFAULT), firstRejected, doc.unterminatedLine());
    expectFailureAt(Outcome.of(doc.text(), Mode.STRICT), firstAny, doc.unterminatedLine());
  }

  /** Damaged text: only InputException, a consistent report, modes agree, deterministic. */
  private static void damagedText(String text) {
    checkInvariants(text, Outcome.of(text, Mode.LENIENT), Outcome.of(text, Mode.DEFAULT),
        Outcome.of(text, Mode.STRICT));
    assertThat(Outcome.of(text, Mode.LENIENT)).isEqualTo(Outcome.of(text, Mode.LENIENT));
  }

  /** Damaged bytes read from a file: also non-UTF-8 input fails in one line naming a line. */
  private static void damagedBytes(Path f, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    checkInvariants(text, Outcome.of(f, Mode.LENIENT), Outcome.of(f, Mode.DEFAULT),
        Outcome.of(f, Mode.STRICT));
  }

  private static void checkInvariants(String text, Outcome lenient, Outcome dflt, Outcome strict) {
    long lines = DirtyCsv.lineCount(text);
    for (Outcome o : List.of(lenient, dflt, strict)) {
      if (o.error != null) {
        assertThat(o.error.getMessage()).doesNotContain("\n").doesNotContain("\r");
        assertThat(o.error.line()).isBetween(0L, Math.max(lines, 1));
      }
    }
    if (lenient.error != null) {
      assertThat(dflt.error).isNotNull();
      assertThat(strict.error).isNotNull();
      return;
    }
    IngestReport r = lenient.in.report();
    assertThat(r.records()).isEqualTo(r.used() + r.rejected());
    assertThat(r.warned()).isLessThanOrEqualTo(r.used());
    assertThat(lenient.in.history().rows()).isEqualTo((int) r.used());
    long prev = 0;
    for (Issue i : r.issues()) {
      assertThat(i.line()).as(i.toString()).isGreaterThan(prev).isLessThanOrEqualTo(lines);
      prev = i.line();
    }
    long rejectedIssues = r.issues().stream().filter(i -> i.severity() == Severity.REJECTED).count();
    assertThat(rejectedIssues).isEqualTo(r.rejected());
    assertThat(r.issues().size() - rejectedIssues).isEqualTo(r.warned() + r.blankLines());
    assertThat(dflt.error != null).as("DEFAULT fails iff LENIENT rejects").isEqualTo(r.rejected() > 0);
    assertThat(strict.error != null).as("STRICT fails iff LENIENT reports").isEqualTo(!r.clean());
    if (dflt.error == null) {
      assertThat(dflt.in.report()).isEqualTo(r);
    }
  }

  private static void expectFailureAt(Outcome o, long firstIssue, long unterminated) {
    long want = firstIssue > 0 ? firstIssue : unterminated;
    if (want == 0) {
      assertThat(o.error).as("%s", o.error).isNull();
    } else {
      assertThat(o.error).isNotNull();
      assertThat(o.error.line()).as(o.error.getMessage()).isEqualTo(want);
    }
  }

  private static long first(Doc doc, boolean rejectedOnly) {
    return doc.planted().stream().filter(p -> !rejectedOnly || p.severity() == Severity.REJECTED)
        .mapToLong(Planted::line).findFirst().orElse(0);
  }

  /** A read's result: the ingest or the InputException (any other exception propagates). */
  record Outcome(Ingested in, InputException error) {
    static Outcome of(String text, Mode mode) {
      try {
        return new Outcome(HistoryReader.read("fuzz.csv", text, IngestOptions.defaults().withMode(mode)), null);
      } catch (InputException e) {
        return new Outcome(null, e);
      }
    }

    static Outcome of(Path file, Mode mode) {
      try {
        return new Outcome(HistoryReader.read(file, IngestOptions.defaults().withMode(mode)), null);
      } catch (InputException e) {
        return new Outcome(null, e);
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Outcome other && (in == null ? other.in == null
          && error.getMessage().equals(other.error.getMessage())
          : other.in != null && in.report().equals(other.in.report()));
    }

    @Override
    public int hashCode() {
      return in == null ? error.getMessage().hashCode() : in.report().hashCode();
    }
  }
}
