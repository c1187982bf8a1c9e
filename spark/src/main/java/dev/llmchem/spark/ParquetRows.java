package dev.llmchem.spark;

import static org.apache.spark.sql.functions.col;

import dev.llmchem.engine.io.IngestOptions;
import dev.llmchem.engine.io.IngestReport;
import dev.llmchem.engine.io.InputFormat;
import dev.llmchem.engine.io.RowStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A Parquet history read by Spark SQL (split by row groups across executors), each row then
 * checked by the engine's JSON Lines validator: Spark renders the row as a JSON object
 * ({@code to_json}, nulls kept), so column names match as header names do (trimmed,
 * case-insensitive, {@code gen_accuracy}), a number column is read as its text, a null is an
 * empty cell, and the messages are the engine's. Rows are validated in batches of
 * {@value #BATCH} on the task's own thread; the "line" of a row is its 1-based row index in
 * its file ({@code _metadata.row_index}).
 */
final class ParquetRows {
  private static final int BATCH = 4096;

  private ParquetRows() { }

  static Dataset<Row> read(SparkSession spark, String data, ReadOptions options) {
    List<String> paths = new ArrayList<>();
    for (String p : InputFiles.list(spark, data)) {
      if (!p.endsWith(".crc")) {
        paths.add(new Path(p).toUri().getPath());
      }
    }
    Collections.sort(paths);
    Map<String, Integer> index = new HashMap<>();
    Map<Integer, String> labels = new HashMap<>();
    for (int i = 0; i < paths.size(); i++) {
      index.put(paths.get(i), i);
      labels.put(i, paths.size() == 1 ? data : paths.get(i));
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<Map<String, Integer>> idx = jsc.broadcast(index);
    Broadcast<Map<Integer, String>> lab = jsc.broadcast(labels);
    Dataset<Row> df = spark.read().parquet(data);
    Dataset<Row> j = df.select(HistoryIngest.json(df).as("j"),
        col("_metadata.file_path").as("f"), col("_metadata.row_index").as("r"));
    return spark.createDataFrame(j.javaRDD().mapPartitions(it -> new Batches(it, idx.value(),
        lab.value(), options.ingest(InputFormat.JSON_LINES))), IngestRows.SCHEMA);
  }

  /** Validates the rows of a partition batch by batch. */
  private static final class Batches implements Iterator<Row> {
    private final Iterator<Row> in;
    private final Map<String, Integer> index;
    private final Map<Integer, String> labels;
    private final IngestOptions options;
    private final long[] ords = new long[BATCH];
    private final ByteArrayOutputStream text = new ByteArrayOutputStream(1 << 16);
    private List<Row> out = new ArrayList<>();
    private int pos;

    Batches(Iterator<Row> in, Map<String, Integer> index, Map<Integer, String> labels,
        IngestOptions options) {
      this.in = in;
      this.index = index;
      this.labels = labels;
      this.options = options;
    }

    private void fill() {
      out = new ArrayList<>();
      pos = 0;
      while (out.isEmpty() && in.hasNext()) {
        text.reset();
        int n = 0;
        while (n < BATCH && in.hasNext()) {
          Row r = in.next();
          Integer file = index.get(new Path(r.getString(1)).toUri().getPath());
          ords[n++] = IngestRows.ord(file == null ? 0 : file, r.getLong(2) + 1);
          byte[] b = r.getString(0).getBytes(StandardCharsets.UTF_8);
          text.write(b, 0, b.length);
          text.write('\n');
        }
        try {
          RowStream.read("parquet", new ByteArrayInputStream(text.toByteArray()), options, null,
              (model, task, trial, item, strategy, nums, line, result) -> out.add(
                  IngestRows.row(ords[(int) line - 1], trial, model, task, nums[0], nums[1],
                      strategy)),
              (IngestReport.Issue i) -> {
                long ord = ords[(int) i.line() - 1];
                String label = labels.get((int) (ord >>> IngestRows.LINE_BITS));
                out.add(IngestRows.issue(ord, label, new IngestReport.Issue(
                    ord & IngestRows.LINE_MASK, i.severity(), i.reason())));
              });
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    @Override
    public boolean hasNext() {
      if (pos == out.size()) {
        fill();
      }
      return pos < out.size();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return out.get(pos++);
    }
  }
}
