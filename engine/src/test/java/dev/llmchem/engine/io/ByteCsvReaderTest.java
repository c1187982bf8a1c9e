package dev.llmchem.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.history.History;
import dev.llmchem.engine.io.IngestOptions.Mode;
import dev.llmchem.engine.testutil.Reference;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test of the byte scanner ({@link HistoryReader#read(Path, IngestOptions)})
 * against its FastCSV twin ({@link HistoryReader#readWithFastCsv}): on random dirty CSV
 * ({@link DirtyCsv}: planted problems, character damage, byte damage), in every mode, both
 * give the same history and report, or fail with the same message. Tiny scanner buffers put
 * chunk boundaries inside every kind of cell.
 */
class ByteCsvReaderTest {
  @TempDir
  Path dir;

  @Test
  void plantedDocumentsReadAlike() {
    FuzzLoop.run("ByteCsvReaderTest.planted", 1000, r -> same(DirtyCsv.generate(r).text()
        .getBytes(StandardCharsets.UTF_8), r));
  }

  @Test
  void damagedTextReadsAlike() {
    FuzzLoop.run("ByteCsvReaderTest.damagedText", 1000, r -> same(DirtyCsv.mutate(
        DirtyCsv.generate(r).text(), r).getBytes(StandardCharsets.UTF_8), r));
  }

  @Test
  void damagedBytesReadAlike() {
    FuzzLoop.run("ByteCsvReaderTest.damagedBytes", 1000, r -> {
      byte[] b = DirtyCsv.generate(r).text().getBytes(StandardCharsets.UTF_8);
      for (int i = 0, n = 1 + r.nextInt(3); i < n && b.length > 0; i++) {
        b[r.nextInt(b.length)] = (byte) r.nextInt(256);
      }
      same(b, r);
    });
  }

  @Test
  void realFilesReadAlikeWhateverTheChunkSize() {
    for (String name : new String[] {"runs.csv", "runs2.csv"}) {
      Path f = Reference.file(name);
      IngestOptions keep = IngestOptions.defaults().withKeepResults(true);
      String want = describe(Outcome.of(() -> HistoryReader.readWithFastCsv(f, keep)));
      assertThat(describe(Outcome.of(() -> HistoryReader.read(f, keep)))).isEqualTo(want);
      for (int chunk : new int[] {1, 7, 4096}) {
        assertThat(describe(Outcome.of(() -> chunked(f.toString(), bytes(f), keep, chunk))))
            .as("chunk %d", chunk).isEqualTo(want);
      }
    }
  }

  @Test
  void aCellOverTheLimitFailsAlike() throws IOException {
    StringBuilder b = new StringBuilder("trial,model,task,quality,accuracy\nT,m,t,5,0.5\nT,\"");
    b.append("x".repeat(CsvErrors.MAX_CELL + 10)).append("\n");
    Path f = Files.writeString(dir.resolve("long.csv"), b);
    Outcome chars = Outcome.of(() -> HistoryReader.readWithFastCsv(f, IngestOptions.defaults()));
    assertThat(chars.error.getMessage()).endsWith("long.csv:3: " + CsvErrors.TOO_LONG);
    Outcome bytes = Outcome.of(() -> HistoryReader.read(f, IngestOptions.defaults()));
    assertThat(bytes.error.getMessage()).isEqualTo(chars.error.getMessage());
  }

  /** Same outcome on a file (FastCSV vs bytes), in memory, and with a tiny buffer when UTF-8. */
  private void same(byte[] doc, Random r) {
    Path f = dir.resolve("d.csv");
    try {
      Files.write(f, doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Mode mode : Mode.values()) {
      IngestOptions o = IngestOptions.defaults().withMode(mode).withKeepResults(r.nextBoolean());
      String want = describe(Outcome.of(() -> HistoryReader.readWithFastCsv(f, o)));
      assertThat(describe(Outcome.of(() -> HistoryReader.read(f, o)))).as(show(doc))
          .isEqualTo(want);
      assertThat(describe(Outcome.of(() -> HistoryReader.read(f.toString(), doc, o))))
          .isEqualTo(want);
      if (Utf8.check(doc, 0, doc.length, true) == doc.length) {
        int chunk = 1 + r.nextInt(r.nextBoolean() ? 8 : 64);
        assertThat(describe(Outcome.of(() -> chunked(f.toString(), doc, o, chunk))))
            .as("chunk %d: %s", chunk, show(doc)).isEqualTo(want);
      }
    }
  }

  private static Ingested chunked(String label, byte[] doc, IngestOptions o, int chunk) {
    try {
      return HistoryReader.read(label,
          new ByteCsvReader(label, new ByteArrayInputStream(doc), chunk), o,
          () -> Double.NaN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String show(byte[] doc) {
    return new String(doc, StandardCharsets.UTF_8).replace("\r", "\\r").replace("\n", "\\n\n");
  }

  /** Everything observable of a read: the error message, or the report and every column. */
  private static String describe(Outcome o) {
    if (o.error != null) {
      return "error: " + o.error.getMessage() + " @" + o.error.line();
    }
    History h = o.in.history();
    StringBuilder b = new StringBuilder(o.in.report().toString()).append('\n');
    b.append(java.util.Arrays.toString(h.modelNames())).append(java.util.Arrays.toString(h.taskNames()))
        .append(java.util.Arrays.toString(h.trialNames())).append(java.util.Arrays.toString(h.itemNames()))
        .append('\n');
    double[][] numbers = {h.quality(), h.accuracy(), h.generationAccuracy(), h.variance(),
        h.reviewAccuracy(), h.latency(), h.temperature()};
    for (int r = 0; r < h.rows(); r++) {
      b.append(h.line(r)).append(' ').append(h.model(r)).append(' ').append(h.task(r))
          .append(' ').append(h.trial(r)).append(' ').append(h.item(r)).append(' ')
          .append(h.strategy(r));
      for (double[] c : numbers) {
        b.append(' ').append(Double.doubleToRawLongBits(c[r]));
      }
      b.append(' ').append(h.result(r)).append('\n');
    }
    return b.toString();
  }

  /** A read's result: the ingest or the InputException (any other exception propagates). */
  private record Outcome(Ingested in, InputException error) {
    static Outcome of(java.util.function.Supplier<Ingested> read) {
      try {
        return new Outcome(read.get(), null);
      } catch (InputException e) {
        return new Outcome(null, e);
      }
    }
  }
}
