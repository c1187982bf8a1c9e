package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.llmchem.engine.testutil.Reference;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on JSON Lines and gzip input (the same answers as the CSV of the same rows)
 * and --task-column (rows grouped by a label column, not by clustered prompts).
 */
class InputFormatsTest {
  @TempDir
  Path dir;

  /** runs.csv as JSON Lines: numbers as JSON numbers where they are, other cells as strings. */
  private static byte[] jsonLines(Path csv) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CsvReader<CsvRecord> in = CsvReader.builder().ofCsvRecord(csv)) {
      List<String> header = null;
      for (CsvRecord r : in) {
        if (header == null) {
          header = r.getFields();
          continue;
        }
        ObjectNode o = Json.MAPPER.createObjectNode();
        for (int i = 0; i < header.size(); i++) {
          String v = r.getField(i);
          if (v.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?") && !header.get(i).equals("trial")) {
            o.set(header.get(i), Json.MAPPER.readTree(v)); // the number's text is kept
          } else {
            o.put(header.get(i), v);
          }
        }
        out.write(Json.MAPPER.writer().without(
            com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
            .writeValueAsBytes(o));
        out.write('\n');
      }
    }
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(out)) {
      z.write(b);
    }
    return out.toByteArray();
  }

  @Test
  void everyFormatGivesTheAnswersOfTheCsv() throws Exception {
    Path csv = Reference.file("runs.csv");
    Path csvGz = Files.write(dir.resolve("runs.csv.gz"), gzip(Files.readAllBytes(csv)));
    byte[] json = jsonLines(csv);
    Path jsonl = Files.write(dir.resolve("runs.jsonl"), json);
    Path jsonlGz = Files.write(dir.resolve("runs.jsonl.gz"), gzip(json));
    Path unnamed = Files.write(dir.resolve("runs.data"), gzip(json));
    for (List<String> cmd : List.of(List.of("recommend"), List.of("chemistry"),
        List.of("profile", "--aggregate", "mean"), List.of("rank"))) {
      String want = run(cmd, csv.toString());
      assertThat(run(cmd, csvGz.toString())).isEqualTo(want);
      assertThat(run(cmd, jsonl.toString())).isEqualTo(want);
      assertThat(run(cmd, jsonlGz.toString())).isEqualTo(want);
      assertThat(run(cmd, unnamed.toString(), "--data-format", "jsonl")).isEqualTo(want);
    }
    CliRun r = CliRun.of("profile", "--data", jsonlGz.toString());
    assertThat(r.err()).contains(jsonlGz + ": 8170 records, 8170 used (6 with warnings)")
        .contains(jsonlGz + ":180: warning: shifted column"); // no header line: CSV line 181
  }

  private static String run(List<String> cmd, String data, String... more) {
    String[] args = new String[cmd.size() + 3 + more.length];
    for (int i = 0; i < cmd.size(); i++) {
      args[i] = cmd.get(i);
    }
    args[cmd.size()] = "--data";
    args[cmd.size() + 1] = data;
    args[cmd.size() + 2] = "--json";
    System.arraycopy(more, 0, args, cmd.size() + 3, more.length);
    CliRun r = CliRun.of(args);
    assertThat(r.code()).as(Arrays.toString(args) + "\n" + r.err()).isZero();
    return r.out();
  }

  private static final String CATEGORIES = "trial,model,task,category,quality,accuracy\n"
      + "T1,m1,sum a,news,8,0.9\n"
      + "T1,m2,sum a,news,6,0.7\n"
      + "T1,m1,Sum A,fin,5,0.6\n"
      + "T1,m2,Sum A,fin,9,0.95\n"
      + "T2,m1,write a haiku,news,7,0.4\n";

  @Test
  void taskColumnGroupsByLabelAndAggregateMeanAveragesItsPrompts() throws Exception {
    Path f = Files.writeString(dir.resolve("cat.csv"), CATEGORIES);
    JsonNode clustered = CliRun.json("profile", "--data", f.toString(), "--json");
    assertThat(clustered.get("tasks")).hasSize(2); // "sum a" and "Sum A" merge; the haiku
    JsonNode byLabel = CliRun.json("profile", "--data", f.toString(), "--json",
        "--task-column", "Category", "--aggregate", "mean");
    JsonNode tasks = byLabel.get("tasks");
    assertThat(tasks).hasSize(2);
    assertThat(tasks.get(0).get("task").asText()).isEqualTo("news");
    assertThat(tasks.get(1).get("task").asText()).isEqualTo("fin");
    assertThat(tasks.get(0).get("profiles").get("m1").get("a").asDouble())
        .isCloseTo(0.65, org.assertj.core.data.Offset.offset(1e-12));
    JsonNode one = CliRun.json("recommend", "--data", f.toString(), "--json",
        "--task-column", "category", "--task", "fin");
    assertThat(one.get("tasks")).hasSize(1);
    assertThat(one.get("tasks").get(0).get("task").asText()).isEqualTo("fin");
  }

  @Test
  void problemsAreOneLineWithExitCode1() throws IOException {
    Path f = Files.writeString(dir.resolve("cat.csv"), CATEGORIES);
    assertOneLineError(CliRun.of("profile", "--data", f.toString(), "--task-column", "dataset"),
        "chem: " + f + ":1: header has no 'dataset' column (required: trial, model, dataset (the"
        + " task column), quality, accuracy; found: trial, model, task, category, quality,"
        + " accuracy)");
    assertOneLineError(CliRun.of("chemistry", "--data", f.toString(), "--task-column", "model"),
        "chem: --task-column: the task column cannot be 'model': the engine reads that column"
        + " as model (name a column of dataset or category labels, or 'task')");
    assertOneLineError(CliRun.of("rank", "--data", f.toString(), "--data-format", "xml"),
        "chem: --data-format must be csv or jsonl, got 'xml'");
    byte[] gz = gzip(CATEGORIES.getBytes(StandardCharsets.UTF_8));
    Path cut = Files.write(dir.resolve("cut.csv.gz"), Arrays.copyOf(gz, gz.length - 12));
    assertOneLineError(CliRun.of("profile", "--data", cut.toString()), "chem: " + cut
        + ": is truncated gzip data: the compressed stream ends early (was the copy cut short?)");
    Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"trial\":\"T\",\"model\":\"m\","
        + "\"task\":\"t\",\"quality\":5,\"accuracy\":0.5}\n{\"trial\":\"T\",\n");
    assertOneLineError(CliRun.of("profile", "--data", bad.toString()), "chem: " + bad + ":2: not"
        + " valid JSON at column 14: Unexpected end-of-input within/between Object entries"
        + " (use --lenient to skip such rows and list them)");
    CliRun lenient = CliRun.of("profile", "--data", bad.toString(), "--lenient");
    assertThat(lenient.code()).isZero();
    assertThat(lenient.err()).contains(bad + ": 2 records, 1 used (0 with warnings), 1 rejected");
  }

  @Test
  void helpTeachesTheNewOptions() {
    CliRun r = CliRun.of("chemistry", "--help");
    assertThat(r.out()).contains("--task-column=COLUMN", "JSON Lines", "--data-format=FMT",
        "--task-column dataset --aggregate mean");
    assertThat(CliRun.of("rank", "--help").out()).doesNotContain("--task-column");
  }

  private static void assertOneLineError(CliRun r, String line) {
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).isEqualTo(line);
  }
}
