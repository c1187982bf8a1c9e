package dev.llmchem.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min_by;

import dev.llmchem.engine.Chemistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * One {@code chem-spark} run: ingest ({@link HistoryIngest}), the ingest report and mode
 * ({@link IngestSummary}), the analysis ({@link SparkAnalysis}), per-task work on the
 * executors ({@link TaskResults}) and the output ({@link ResultWriter}). The checks
 * {@code chem} makes before its output (no usable rows, no task left, RECOMMEND's size
 * limit, an unknown --task) fail here with the same messages, before anything is written.
 */
final class SparkRunner {
  private SparkRunner() { }

  static void run(RunnerOptions o, TaskWork work, PrintWriter out, PrintWriter err)
      throws IOException {
    ReadOptions read = o.readOptions();
    AnalysisSpec spec = o.analysis();
    HistoryIngest.Format format = o.format();
    if (!o.json && o.out == null) {
      throw new IllegalArgumentException("give --json (the document on stdout), --out DIR, or"
          + " both");
    }
    SparkSession spark = Sessions.start(o.master, o.partitions);
    try {
      run(spark, o, read, spec, format, work, out, err);
    } finally {
      Sessions.stop(spark);
    }
  }

  /** The run on a session the caller owns (tests keep one per class). */
  static void run(SparkSession spark, RunnerOptions o, ReadOptions read, AnalysisSpec spec,
      HistoryIngest.Format format, TaskWork work, PrintWriter out, PrintWriter err)
      throws IOException {
    Timings timings = new Timings();
    StageMetrics stages = o.timings ? new StageMetrics() : null;
    if (stages != null) {
      spark.sparkContext().addSparkListener(stages);
    }
    Dataset<Row> ingest = HistoryIngest.read(spark, o.data, format, read)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      IngestSummary report = IngestSummary.of(o.data, ingest);
      timings.mark("ingest (" + report.records() + " records)");
      report.enforce(o.mode());
      if (report.used() == 0) {
        throw new IllegalArgumentException(o.data + ": no usable data rows after the header"
            + (report.clean() ? "" : " (" + report.summary() + "; first: line "
            + report.first().get(0).line() + ": " + report.first().get(0).reason() + ")"));
      }
      report.print(err, "chem-spark: ");
      err.flush();
      SparkAnalysis an = SparkAnalysis.of(spark, ingest, spec, timings);
      if (an.clusters() == 0) {
        throw new IllegalArgumentException(o.data + ": no task left to analyse (only"
            + " CHEMISTRY rows? --keep-chemistry-rows keeps them)");
      }
      if (work.command() == TaskWork.Command.RECOMMEND) {
        Chemistry.checkRecommend(an.models().length, work.recommendOptions(1));
      }
      int only = o.task == null ? -1 : clusterOf(an, o.task);
      JavaPairRDD<Integer, String> results = TaskResults.compute(an, spec, work, only)
          .persist(StorageLevel.MEMORY_AND_DISK());
      results.count(); // every task computed in parallel (toLocalIterator runs one partition at a time)
      if (o.json) {
        ResultWriter.document(results.values().toLocalIterator(),
            work.command() == TaskWork.Command.CHEMISTRY ? "cheme" : null, out);
      }
      if (o.out != null) {
        ResultWriter.files(spark, results, o.out);
      }
      timings.mark("per-task analysis on executors and output (" + an.clusters() + " tasks)");
      results.unpersist(false);
      an.tasks().unpersist(false);
    } finally {
      ingest.unpersist(false);
    }
    if (stages != null) {
      timings.print(err);
      try {
        stages.settle();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      spark.sparkContext().removeSparkListener(stages);
      stages.print(err);
    }
  }

  /** The cluster of a task string, or the engine's message naming the known prototypes. */
  private static int clusterOf(SparkAnalysis an, String task) {
    List<Row> hit = an.tasks().filter(col("task").equalTo(lit(task))).select("cluster")
        .collectAsList();
    if (!hit.isEmpty()) {
      return hit.get(0).getInt(0);
    }
    List<String> protos = new ArrayList<>();
    for (Row r : an.tasks().groupBy("cluster").agg(min_by(col("task"), col("idx")))
        .orderBy("cluster").limit(51).collectAsList()) {
      protos.add(r.getString(1));
    }
    String known = String.join(" | ", protos.subList(0, Math.min(50, protos.size())));
    throw new IllegalArgumentException("unknown task '" + task + "'; known tasks: " + known
        + (an.clusters() > 50 ? " | ... (" + an.clusters() + " tasks)" : ""));
  }
}
