package dev.llmchem.spark;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmchem.cli.TaskJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Iterator;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Where the per-task results go: the {@code --json} document on stdout, assembled on the
 * driver from the task objects in task order (streamed: one partition at a time), byte for
 * byte what {@code chem} prints; and, with {@code --out DIR}, DIR/jsonl (the compact task
 * objects, one per line, in task order) and DIR/parquet (the same objects as columns, schema
 * inferred from them), both replaced if present.
 */
final class ResultWriter {
  private ResultWriter() { }

  /**
   * {@code {"tasks": [...]}} from the task objects, indented as chem indents; {@code index}
   * (chem chemistry names its index, "cheme") comes first when not null.
   */
  static void document(Iterator<String> tasks, String index, PrintWriter out)
      throws IOException {
    JsonGenerator g = TaskJson.document(out);
    g.writeStartObject();
    if (index != null) {
      g.writeStringField("index", index);
    }
    g.writeArrayFieldStart("tasks");
    while (tasks.hasNext()) {
      TaskJson.copy(g, tasks.next());
    }
    g.writeEndArray();
    g.writeEndObject();
    TaskJson.finish(g);
  }

  static void files(SparkSession spark, JavaPairRDD<Integer, String> results, String dir) {
    Dataset<String> lines = spark.createDataset(results.values().rdd(), Encoders.STRING());
    lines.write().mode(SaveMode.Overwrite).text(dir + "/jsonl");
    spark.read().json(lines).write().mode(SaveMode.Overwrite).parquet(dir + "/parquet");
  }
}
