package dev.llmchem.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.testutil.Reference;
import dev.llmchem.fixtures.HistoryGenerator;
import dev.llmchem.fixtures.HistorySpec;
import dev.llmchem.fixtures.TaskStyle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chem-spark ... --json} prints the bytes {@code chem ... --json} prints, on the real
 * histories, the committed fixtures (with options that change every stage: aggregation,
 * threshold, a task column, a selected task, LLMCP's tau; and per task: kernel threads,
 * --explain, the fallback policy, a bootstrap over rows), and a generated many-task history
 * whose prompts come in two wordings each (so clusters merge), read as CSV, as a folder of
 * JSON Lines and as Parquet. On the tests' local[2] session ({@link SparkRun}).
 */
class SparkParityTest {
  private static final SparkSession spark = SparkRun.session();

  @TempDir
  static Path tmp;

  /** Both print the same document for {@code args} (+ --json), exit 0. */
  private static void same(String... args) {
    String[] a = Arrays.copyOf(args, args.length + 1);
    a[args.length] = "--json";
    SparkRun.Result chem = SparkRun.chem(a);
    assertThat(chem.code()).as("chem %s: %s", List.of(a), chem.err()).isZero();
    SparkRun.Result sp = SparkRun.chemSpark(a);
    assertThat(sp.code()).as("chem-spark %s: %s", List.of(a), sp.err()).isZero();
    assertThat(sp.out()).as("chem-spark %s", List.of(a)).isEqualTo(chem.out());
    assertThat(chem.out()).contains("\"tasks\"");
  }

  @Test
  void realHistories() {
    String runs = Reference.file("runs.csv").toString();
    String runs2 = Reference.file("runs2.csv").toString();
    same("recommend", "--data", runs, "--threads", "2", "--explain");
    same("chemistry", "--data", runs, "--tau", "0.5", "--witness");
    same("profile", "--data", runs2);
    same("recommend", "--data", runs2, "--method", "exact", "--size", "3");
  }

  @Test
  void fixtures() {
    Path data = Reference.dir().getParent().resolve("data");
    same("profile", "--data", data.resolve("demo.csv").toString(), "--aggregate", "mean",
        "--keep-chemistry-rows");
    same("recommend", "--data", data.resolve("wide-64.csv").toString(), "--aggregate", "last",
        "--threshold", "0.3");
    same("chemistry", "--data", data.resolve("routerbench-sample.csv").toString());
    same("recommend", "--data", data.resolve("routerbench-sample.csv").toString(),
        "--task-column", "dataset", "--fallback-good", "all", "--hi-a", "0.8", "--bootstrap",
        "20", "--resample", "rows");
  }

  @Test
  void selectedTaskAndUnknownTask() {
    String runs = Reference.file("runs.csv").toString();
    SparkRun.Result chem = SparkRun.chem("profile", "--data", runs, "--json");
    String prototype = chem.out().split("\"task\" : \"")[1].split("\"")[0];
    same("profile", "--data", runs, "--task", prototype);
    SparkRun.Result unknown = SparkRun.chemSpark("profile", "--data", runs, "--json",
        "--task", "no such task");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.out()).isEmpty();
    String[] lines = unknown.err().trim().split("\n");
    assertThat(lines[lines.length - 1]).isEqualTo("chem-spark: unknown task 'no such task';"
        + " known tasks: " + prototype);
  }

  @Test
  void outWritesTheTaskObjectsAsJsonLinesAndParquet() throws IOException {
    String data = Reference.dir().getParent().resolve("data/demo.csv").toString();
    Path out = tmp.resolve("out");
    SparkRun.Result sp = SparkRun.chemSpark("--master", "local[2]", "recommend", "--data", data,
        "--out", out.toString(), "--json");
    assertThat(sp.code()).as(sp.err()).isZero();
    assertThat(sp.out()).isEqualTo(SparkRun.chem("recommend", "--data", data, "--json").out());
    List<String> lines = new ArrayList<>();
    try (var files = java.nio.file.Files.list(out.resolve("jsonl"))) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted()
          .toList()) {
        lines.addAll(java.nio.file.Files.readAllLines(f));
      }
    }
    com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.JsonNode doc = m.readTree(sp.out()).get("tasks");
    assertThat(lines).hasSize(doc.size());
    for (int i = 0; i < lines.size(); i++) {
      assertThat(m.readTree(lines.get(i))).isEqualTo(doc.get(i));
    }
    var parquet = spark.read().parquet(out.resolve("parquet").toString());
    assertThat(parquet.count()).isEqualTo(doc.size());
    assertThat(parquet.columns()).contains("task", "recommended", "loss", "reason");
  }

  @Test
  void manyTaskHistoryAsCsvJsonLinesAndParquet() throws IOException {
    Path csv = tmp.resolve("many.csv");
    HistoryGenerator.write(HistorySpec.builder().seed(11).models(8).tasks(1000).wordings(2)
        .rows(8_000).trials(800).taskStyle(TaskStyle.PROMPTS).build(), csv);
    SparkRun.Result chem = SparkRun.chem("recommend", "--data", csv.toString(), "--json");
    assertThat(chem.code()).as(chem.err()).isZero();
    assertThat(chem.out().split("\"task\" : ").length - 1).as("clusters").isGreaterThan(500);
    same("recommend", "--data", csv.toString());
    // the same rows as a folder of JSON Lines (one part file) and as Parquet, every cell text
    Path jsonl = tmp.resolve("many-jsonl");
    Path parquet = tmp.resolve("many.parquet");
    var df = spark.read().option("header", "true").option("multiLine", "true")
        .option("escape", "\"").csv(csv.toString()).coalesce(1);
    df.write().mode(SaveMode.Overwrite).json(jsonl.toString());
    df.write().mode(SaveMode.Overwrite).parquet(parquet.toString());
    List<String> args = new ArrayList<>(List.of("recommend", "--json", "--data"));
    SparkRun.Result fromJson = SparkRun.chemSpark(concat(args, jsonl.toString(),
        "--data-format", "jsonl"));
    assertThat(fromJson.code()).as(fromJson.err()).isZero();
    assertThat(fromJson.out()).isEqualTo(chem.out());
    SparkRun.Result fromParquet = SparkRun.chemSpark(concat(args, parquet.toString()));
    assertThat(fromParquet.code()).as(fromParquet.err()).isZero();
    assertThat(fromParquet.out()).isEqualTo(chem.out());
  }

  private static String[] concat(List<String> a, String... b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(List.of(b));
    return all.toArray(new String[0]);
  }
}
