package dev.llmchem.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import dev.llmchem.engine.io.IngestOptions;
import dev.llmchem.engine.io.InputFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads a history with Spark into {@link IngestRows}, with the engine's rules: CSV and JSON
 * Lines files (gzip or not) are parsed by the engine's own reader, one Spark task per file
 * ({@link StreamedFile}: the records of a CSV may span lines, so a file is read from its
 * start); Parquet is read by Spark SQL, split by row groups, and each row goes through the
 * engine's JSON Lines validator ({@link ParquetRows}). Files of a folder are read in path
 * order (names starting with {@code _} or {@code .} are skipped, as Spark does), so "first
 * appearance" means: first file by path, then line. A read in fewer pieces than Spark's default
 * parallelism (one big file is one piece) is spread over that many partitions by a hash of
 * ord, so every later stage splits across the executors. Stateless.
 */
final class HistoryIngest {
  /** Input syntax of {@code --data}. */
  enum Format { CSV, JSONL, PARQUET, AUTO }

  private HistoryIngest() { }

  /**
   * The ingest rows of {@code data} (a file or a folder of files; any Hadoop path).
   *
   * <p>Messages name a lone file as the user typed {@code data}, a folder's files by path.
   */
  static Dataset<Row> read(SparkSession spark, String data, Format format,
      ReadOptions options) {
    Format f = format == Format.AUTO ? guess(spark, data) : format;
    Dataset<Row> rows = f == Format.PARQUET ? ParquetRows.read(spark, data, options)
        : text(spark, data, f, options);
    int parallelism = spark.sparkContext().defaultParallelism();
    return rows.rdd().getNumPartitions() < parallelism
        ? rows.repartition(parallelism, col("ord")) : rows;
  }

  /** Parquet when the name ends in .parquet or a folder holds .parquet files; else by file. */
  private static Format guess(SparkSession spark, String data) {
    if (data.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
      return Format.PARQUET;
    }
    for (String p : InputFiles.list(spark, data)) {
      if (p.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
        return Format.PARQUET;
      }
    }
    return Format.AUTO;
  }

  private static Dataset<Row> text(SparkSession spark, String data, Format format,
      ReadOptions options) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<String> paths = new ArrayList<>(InputFiles.list(spark, data));
    if (paths.isEmpty()) {
      throw new IllegalArgumentException(data + ": no such file (or an empty folder)");
    }
    Collections.sort(paths);
    Map<String, Integer> index = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    for (int i = 0; i < paths.size(); i++) {
      index.put(paths.get(i), i);
      labels.put(paths.get(i), paths.size() == 1 ? data : paths.get(i));
    }
    Broadcast<Map<String, Integer>> idx = jsc.broadcast(index);
    Broadcast<Map<String, String>> lab = jsc.broadcast(labels);
    InputFormat forced = format == Format.CSV ? InputFormat.CSV
        : format == Format.JSONL ? InputFormat.JSON_LINES : null;
    JavaPairRDD<String, PortableDataStream> files = jsc.binaryFiles(String.join(",", paths),
        Math.max(1, Math.min(paths.size(), jsc.defaultParallelism())));
    JavaRDD<Row> rows = files.flatMap(t -> {
      String path = t._1();
      Integer i = idx.value().get(path);
      String label = lab.value().getOrDefault(path, path);
      IngestOptions o = options.ingest(forced != null ? forced : InputFormat.ofName(path));
      PortableDataStream s = t._2();
      return new StreamedFile(label, i == null ? 0 : i, s::open, o);
    });
    return spark.createDataFrame(rows, IngestRows.SCHEMA);
  }

  /** {@code to_json} of every column of {@code df}, nulls kept (a null is an empty cell). */
  static Column json(Dataset<Row> df) {
    Column[] cols = new Column[df.columns().length];
    for (int i = 0; i < cols.length; i++) {
      cols[i] = col("`" + df.columns()[i] + "`");
    }
    return to_json(struct(cols), Map.of("ignoreNullFields", "false"));
  }
}
