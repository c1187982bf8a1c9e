package dev.llmchem.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmchem.engine.history.History;
import dev.llmchem.engine.history.Strategy;
import dev.llmchem.engine.io.IngestOptions.Mode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines and gzip rules of their own: values, keys, bad lines, blank lines, damage. */
class JsonLinesTest {
  private static final IngestOptions JSONL = IngestOptions.defaults()
      .withFormat(InputFormat.JSON_LINES);
  private static final IngestOptions LENIENT = JSONL.withMode(Mode.LENIENT);

  @TempDir
  Path dir;

  private static Ingested read(String text, IngestOptions o) {
    return HistoryReader.read("h.jsonl", text.getBytes(StandardCharsets.UTF_8), o);
  }

  private static List<String> issues(Ingested in) {
    return in.report().issues().stream().map(IngestReport.Issue::toString).toList();
  }

  @Test
  void valuesMayBeStringsNumbersBooleansOrNull() {
    Ingested in = read("{\"trial\": 3, \"model\": \"m1\", \"task\": \"t\", \"quality\": \"7.5\","
        + " \"accuracy\": 0.25, \"latency\": null, \"temperature\": 1e0, \"id\": 12,"
        + " \"strategy\": \"RANDOM\", \"unknown\": {\"nested\": [1, 2, {\"x\": null}]}}\n"
        + "{\"Trial\": 3.50, \" MODEL \": true, \"task\": \"t\", \"quality\": 10,"
        + " \"gen_accuracy\": 0.5, \"accuracy\": -0, \"strategy\": \"LOCAL\"}\n", JSONL);
    History h = in.history();
    assertThat(in.report().clean()).as(issues(in).toString()).isTrue();
    assertThat(h.trialNames()).containsExactly("3", "3.50");
    assertThat(h.modelNames()).containsExactly("m1", "true");
    assertThat(h.itemNames()).containsExactly("12");
    assertThat(h.quality()).containsExactly(7.5, 10.0);
    assertThat(h.accuracy()).containsExactly(0.25, 0.0);
    assertThat(Double.doubleToRawLongBits(h.accuracy(1))).isZero(); // -0 is 0, as in CSV
    assertThat(h.latency(0)).isNaN();
    assertThat(h.temperature(0)).isEqualTo(1.0);
    assertThat(h.generationAccuracy()).satisfies(g -> {
      assertThat(g[0]).isNaN();
      assertThat(g[1]).isEqualTo(0.5);
    });
    assertThat(h.strategy(0)).isEqualTo(Strategy.RANDOM.code());
    assertThat(h.line()).containsExactly(1, 2);
  }

  @Test
  void numbersFollowTheCsvRules() {
    Ingested in = read("{\"trial\":\"T\",\"model\":\"m\",\"task\":\"t\",\"quality\":NaN,\"accuracy\":0.5}\n"
        + "{\"trial\":\"T\",\"model\":\"m\",\"task\":\"t\",\"quality\":\"0x1p-1\",\"accuracy\":0.5}\n"
        + "{\"trial\":\"T\",\"model\":\"m\",\"task\":\"t\",\"quality\":1e400,\"accuracy\":0.5}\n"
        + "{\"trial\":\"T\",\"model\":\"m\",\"task\":\"t\",\"quality\":\" 5 \",\"accuracy\":\"1e-3\","
        + "\"variance\":\"n/a\"}\n", LENIENT);
    assertThat(issues(in)).containsExactly(
        "line 1: rejected: quality is NaN",
        "line 2: rejected: quality '0x1p-1' is not a decimal number",
        "line 3: rejected: quality Infinity is out of range [0, 10]",
        "line 4: warning: variance 'n/a' is not a number (kept as empty)");
    assertThat(in.history().quality()).containsExactly(5.0);
    assertThat(in.history().accuracy()).containsExactly(0.001);
  }

  @Test
  void aBadLineIsARejectedRecordAtItsLine() {
    String ok = "{\"trial\":\"T\",\"model\":\"m\",\"task\":\"t\",\"quality\":5,\"accuracy\":0.5}";
    String text = ok + "\r\n"            // 1 (CRLF)
        + "not json\r"                    // 2 (lone CR)
        + "[1, 2]\n"                      // 3
        + "\"a string\"\n"                // 4
        + ok + " " + ok + "\n"            // 5
        + "{\"model\": [\"m\"]}\n"        // 6
        + "{\"quality\": 1, \"QUALITY\": 2}\n" // 7
        + "{\"trial\":\"T\",\"model\":\"m\"\n" // 8: never closed
        + "  \t\n"                        // 9: blank
        + "{\"trial\":\"T\",\"model\":\"m\",\"task\":\"t\",\"accuracy\":0.5}\n" // 10
        + "{\"trial\":\"T\",\"model\":\"m\",\"task\":\"t\",\"quality\":5,\"accuracy\":0.5,"
        + "\"strategy\":null}\n"          // 11
        + ok;                             // 12, no final line break
    Ingested in = read(text, LENIENT);
    assertThat(issues(in)).containsExactly(
        "line 2: rejected: not valid JSON at column 1: Unrecognized token 'not'",
        "line 3: rejected: not a JSON object (JSON Lines: one {...} object per line; this line holds an array)",
        "line 4: rejected: not a JSON object (JSON Lines: one {...} object per line; this line holds a string)",
        "line 5: rejected: more than one JSON value on the line (JSON Lines: one object per line)",
        "line 6: rejected: 'model' holds an array, not a text or a number",
        "line 7: rejected: the object names column 'quality' twice",
        "line 8: rejected: not valid JSON at column 25: Unexpected end-of-input: expected close marker for Object",
        "line 9: warning: blank line (ignored)",
        "line 10: rejected: missing required field 'quality'",
        "line 11: warning: missing strategy (row used for profiles, in no strategy group)");
    assertThat(in.report().summary()).isEqualTo(
        "h.jsonl: 11 records, 3 used (1 with warnings), 8 rejected, 1 blank lines");
    assertThat(in.history().line()).containsExactly(1, 11, 12);

    assertThatThrownBy(() -> read(text, JSONL)).isInstanceOf(InputException.class)
        .hasMessage("h.jsonl:2: not valid JSON at column 1: Unrecognized token 'not'");
    assertThatThrownBy(() -> read(ok + "\n\n" + ok, JSONL.withMode(Mode.STRICT)))
        .hasMessage("h.jsonl:2: blank line (strict mode)");
  }

  @Test
  void emptyInputFailsAndABomIsSkipped() {
    assertThatThrownBy(() -> read("", JSONL)).hasMessage("h.jsonl: is empty (expected JSON"
        + " Lines: one object per line with trial, model, task, quality, accuracy, ...)");
    assertThatThrownBy(() -> read("\n \n", LENIENT)).hasMessageStartingWith(
        "h.jsonl: has only blank lines");
    Ingested in = read("\uFEFF{\"trial\":\"T\",\"model\":\"m\",\"task\":\"t\",\"quality\":5,"
        + "\"accuracy\":0.5}", JSONL);
    assertThat(in.history().rows()).isEqualTo(1);
  }

  @Test
  void invalidUtf8NamesItsLine() {
    byte[] b = "{\"trial\":\"T\",\"model\":\"m\",\"task\":\"t\",\"quality\":5,\"accuracy\":0.5}\n{\"model\":\"\u00e9\"}\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> HistoryReader.read("h.jsonl", b, JSONL))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("h.jsonl:2: is not UTF-8 text (invalid byte 0xE9");
    assertThatThrownBy(() -> HistoryReader.read("h.jsonl.gz", FormatsAgreeTest.gzip(b), JSONL))
        .hasMessageStartingWith("h.jsonl.gz:2: is not UTF-8 text (invalid byte 0xE9");
  }

  @Test
  void formatGoesByNameAndGzipByContent() throws IOException {
    assertThat(InputFormat.ofName("a/b.JSONL.GZ")).isEqualTo(InputFormat.JSON_LINES);
    assertThat(InputFormat.ofName("x.ndjson")).isEqualTo(InputFormat.JSON_LINES);
    assertThat(InputFormat.ofName("x.csv.gz")).isEqualTo(InputFormat.CSV);
    assertThat(InputFormat.ofName("x.json")).isEqualTo(InputFormat.CSV);
    assertThat(InputFormat.parse(" JSONL ")).isEqualTo(InputFormat.JSON_LINES);
    assertThatThrownBy(() -> InputFormat.parse("tsv")).hasMessageContaining("csv or jsonl");
    String csv = "trial,model,task,quality,accuracy\nT,m,t,5,0.5\n";
    Path plainNamedGz = Files.writeString(dir.resolve("plain.csv.gz"), csv);
    Path gzNamedCsv = Files.write(dir.resolve("packed.csv"),
        FormatsAgreeTest.gzip(csv.getBytes(StandardCharsets.UTF_8)));
    assertThat(HistoryReader.read(plainNamedGz).history().rows()).isEqualTo(1);
    assertThat(HistoryReader.read(gzNamedCsv).history().rows()).isEqualTo(1);
    Path json = Files.writeString(dir.resolve("h.txt"), "{\"trial\":\"T\"}\n");
    assertThatThrownBy(() -> HistoryReader.read(json)).hasMessageEndingWith(
        "the file looks like JSON Lines: name it .jsonl (or .jsonl.gz) or give the format"
        + " (--data-format jsonl)");
    assertThatThrownBy(() -> HistoryReader.read("h", "x", JSONL.withFormat(null)))
        .hasMessageStartingWith("h:1: header has no");
    assertThatThrownBy(() -> HistoryReader.read("h", new java.io.StringReader("x"), JSONL))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void damagedOrTruncatedGzipFailsInOneLine() throws IOException {
    byte[] gz = FormatsAgreeTest.gzip(Files.readAllBytes(
        dev.llmchem.engine.testutil.Reference.file("runs.csv")));
    Path cut = Files.write(dir.resolve("cut.csv.gz"), Arrays.copyOf(gz, gz.length / 2));
    assertThatThrownBy(() -> HistoryReader.read(cut)).isInstanceOf(InputException.class)
        .hasMessage(cut + ": is truncated gzip data: the compressed stream ends early (was the"
            + " copy cut short?)");
    byte[] bad = gz.clone();
    for (int i = 100; i < 140; i++) {
      bad[i] ^= (byte) 0x5A;
    }
    Path damaged = Files.write(dir.resolve("bad.jsonl.gz"), bad);
    assertThatThrownBy(() -> HistoryReader.read(damaged)).isInstanceOf(InputException.class)
        .hasMessageStartingWith(damaged + ": is damaged gzip data (");
    byte[] trailer = gz.clone();
    trailer[trailer.length - 5] ^= 1; // the CRC-32 of the data
    Path crc = Files.write(dir.resolve("crc.csv.gz"), trailer);
    assertThatThrownBy(() -> HistoryReader.read(crc))
        .hasMessage(crc + ": is damaged gzip data (Corrupt GZIP trailer)");
    Path header = Files.write(dir.resolve("head.csv.gz"), new byte[] {0x1f, (byte) 0x8b, 8});
    assertThatThrownBy(() -> HistoryReader.read(header))
        .hasMessageStartingWith(header + ": is truncated gzip data");
  }
}
