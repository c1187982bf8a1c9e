package dev.llmchem.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.history.History;
import dev.llmchem.engine.io.IngestOptions.Mode;
import dev.llmchem.engine.testutil.Reference;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongUnaryOperator;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same rows as CSV, gzip-compressed CSV, JSON Lines and gzip-compressed JSON Lines read to
 * the same history and the same ingest report (issues at the same records, with the same
 * reasons) in every mode, or fail with the same reason at the same record. JSON Lines have no
 * header line, so a record's JSON line is mapped from its CSV line ({@link CsvToJsonLines}).
 */
class FormatsAgreeTest {
  @TempDir
  Path dir;

  @Test
  void dirtyFixtureReadsAlikeInEveryFormatAndMode() throws IOException {
    String csv = Files.readString(Reference.dir().resolveSibling("data").resolve("dirty.csv"));
    CsvToJsonLines.Converted c = CsvToJsonLines.convert(csv, null);
    assertThat(c).isNotNull();
    int compared = sameInFiles(c);
    assertThat(compared).as("modes that read the dirty fixture").isPositive();
    IngestReport r = HistoryReader.read(dir.resolve("h.ndjson.gz"),
        IngestOptions.defaults().withMode(Mode.LENIENT)).report();
    assertThat(r.rejected()).as(r.summary()).isGreaterThan(5);
    assertThat(r.warned()).as(r.summary()).isGreaterThan(2);
  }

  @Test
  void realHistoryReadsAlikeAndKeepsItsLinesOneRecordPerLine() throws IOException {
    String csv = Files.readString(Reference.file("runs.csv"));
    CsvToJsonLines.Converted c = CsvToJsonLines.convert(csv, null);
    assertThat(c.dropped()).isZero();
    assertThat(c.line(181)).isEqualTo(180); // the first shifted-column row; no header line
    sameInFiles(c);
  }

  @Test
  void randomDirtyHistoriesReadAlike() {
    int[] compared = {0};
    FuzzLoop.run("FormatsAgreeTest.random", 300, r -> {
      CsvToJsonLines.Converted c = CsvToJsonLines.convert(DirtyCsv.generate(r).text(), r);
      if (c == null) {
        return; // an unterminated quote: no rows to compare
      }
      for (Mode mode : Mode.values()) {
        IngestOptions o = IngestOptions.defaults().withMode(mode).withKeepResults(r.nextBoolean());
        Outcome csv = Outcome.of(() -> HistoryReader.read("h", c.csv(), o));
        if (!csv.comparable()) {
          continue;
        }
        int chunk = 4 + r.nextInt(r.nextBoolean() ? 8 : 200);
        Outcome json = Outcome.of(() -> chunked(c.jsonl(), o, chunk));
        assertThat(json.describe(LongUnaryOperator.identity()))
            .as("chunk %d:\n%s", chunk, new String(c.jsonl(), StandardCharsets.UTF_8))
            .isEqualTo(csv.describe(c::line));
        compared[0]++;
      }
    });
    System.out.println("FormatsAgreeTest.random: " + compared[0] + " reads compared");
    assertThat(compared[0]).isGreaterThan(FuzzLoop.tries(300));
  }

  @Test
  void gzipProgressCountsCompressedBytes() throws IOException {
    Path gz = dir.resolve("runs.csv.gz");
    Files.write(gz, gzip(Files.readAllBytes(Reference.file("runs.csv"))));
    AtomicLong total = new AtomicLong();
    AtomicLong advanced = new AtomicLong();
    ProgressListener p = new ProgressListener() {
      @Override public void start(String task, long size) { total.set(size); }
      @Override public void advance(long units) { advanced.addAndGet(units); }
      @Override public void finish() { }
    };
    Ingested in = HistoryReader.read(gz, IngestOptions.defaults(), p);
    assertThat(in.history().rows()).isEqualTo(8170);
    assertThat(total.get()).isEqualTo(Files.size(gz));
    assertThat(advanced.get()).isEqualTo(Files.size(gz));
  }

  /**
   * Writes the four files and reads them in each mode (results kept and not): all read as
   * the CSV does, the JSON ones with mapped lines. Returns the reads that did not fail.
   */
  private int sameInFiles(CsvToJsonLines.Converted c) throws IOException {
    Path csv = Files.write(dir.resolve("h.csv"), c.csv());
    Path csvGz = Files.write(dir.resolve("h.csv.gz"), gzip(c.csv()));
    Path json = Files.write(dir.resolve("h.jsonl"), c.jsonl());
    Path jsonGz = Files.write(dir.resolve("h.ndjson.gz"), gzip(c.jsonl()));
    Path jsonGzNamedCsv = Files.write(dir.resolve("h.csv.data"), gzip(c.jsonl()));
    int read = 0;
    for (Mode mode : Mode.values()) {
      for (boolean keep : new boolean[] {false, true}) {
        IngestOptions o = IngestOptions.defaults().withMode(mode).withKeepResults(keep);
        Outcome want = Outcome.of(() -> HistoryReader.read(csv, o));
        String csvDescribed = want.describe(LongUnaryOperator.identity());
        assertThat(Outcome.of(() -> HistoryReader.read(csvGz, o))
            .describe(LongUnaryOperator.identity())).isEqualTo(csvDescribed);
        String mapped = want.describe(c::line);
        assertThat(Outcome.of(() -> HistoryReader.read(json, o))
            .describe(LongUnaryOperator.identity())).isEqualTo(mapped);
        assertThat(Outcome.of(() -> HistoryReader.read(jsonGz, o))
            .describe(LongUnaryOperator.identity())).isEqualTo(mapped);
        IngestOptions asJson = o.withFormat(InputFormat.JSON_LINES);
        assertThat(Outcome.of(() -> HistoryReader.read(jsonGzNamedCsv, asJson))
            .describe(LongUnaryOperator.identity())).isEqualTo(mapped);
        read += want.error == null ? 1 : 0;
      }
    }
    return read;
  }

  private static Ingested chunked(byte[] jsonl, IngestOptions o, int chunk) {
    try {
      return HistoryReader.read("h", new JsonLinesRecords("h",
          new java.io.ByteArrayInputStream(jsonl), chunk), o, () -> Double.NaN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] gzip(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A read's result: the ingest or the InputException. */
  private record Outcome(Ingested in, InputException error) {
    static Outcome of(Supplier<Ingested> read) {
      try {
        return new Outcome(read.get(), null);
      } catch (InputException e) {
        return new Outcome(null, e);
      }
    }

    /**
     * Whether JSON Lines can say the same: not a CSV syntax or header error, not a history
     * without records (an empty JSON Lines file fails).
     */
    boolean comparable() {
      return error != null ? error.skippableRow() || error.reason().contains("strict mode")
          : in.report().records() > 0;
    }

    /** Everything observable, without the file name; lines through {@code line}. */
    String describe(LongUnaryOperator line) {
      if (error != null) {
        return "error @" + (error.line() == 0 ? 0 : line.applyAsLong(error.line())) + ": "
            + error.reason();
      }
      IngestReport r = in.report();
      StringBuilder b = new StringBuilder().append(r.records()).append(' ').append(r.used())
          .append(' ').append(r.warned()).append(' ').append(r.rejected()).append(' ')
          .append(r.blankLines()).append('\n');
      for (IngestReport.Issue i : r.issues()) {
        b.append(line.applyAsLong(i.line())).append(' ').append(i.severity()).append(' ')
            .append(i.reason()).append('\n');
      }
      History h = in.history();
      b.append(Arrays.toString(h.modelNames())).append(Arrays.toString(h.taskNames()))
          .append(Arrays.toString(h.trialNames())).append(Arrays.toString(h.itemNames()))
          .append('\n');
      double[][] numbers = {h.quality(), h.accuracy(), h.generationAccuracy(), h.variance(),
          h.reviewAccuracy(), h.latency(), h.temperature()};
      for (int row = 0; row < h.rows(); row++) {
        b.append(line.applyAsLong(h.line(row))).append(' ').append(h.model(row)).append(' ')
            .append(h.task(row)).append(' ').append(h.trial(row)).append(' ')
            .append(h.item(row)).append(' ').append(h.strategy(row));
        for (double[] col : numbers) {
          b.append(' ').append(Double.doubleToRawLongBits(col[row]));
        }
        b.append(' ').append(h.result(row)).append('\n');
      }
      return b.toString();
    }
  }
}
