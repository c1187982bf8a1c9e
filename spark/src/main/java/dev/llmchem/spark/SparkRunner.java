package dev.llmchem.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min_by;

import dev.llmchem.cli.RunControl;
import dev.llmchem.engine.Chemistry;
import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
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
 * The output is the {@code --json} document, or without {@code --json} and {@code --out}
 * {@code chem}'s text, task by task in task order. {@code --timeout} and Ctrl-C cancel the
 * run's jobs ({@link RunStop}).
 */
final class SparkRunner {
  private SparkRunner() { }

  static void run(RunnerOptions o, TaskWork work, PrintWriter out, PrintWriter err)
      throws Exception {
    ReadOptions read = o.readOptions();
    AnalysisSpec spec = o.analysis();
    HistoryIngest.Format format = o.format();
    IngestReportFile.check(o.ingestReport, o.data);
    RunControl control = o.run.control();
    control.working("starting Spark", null);
    SparkSession spark = Sessions.start(o.master, o.partitions);
    boolean stopped = false;
    try (RunStop stop = new RunStop(spark, control)) {
      try {
        run(spark, o, read, spec, format, work, stop, out, err);
      } catch (Exception e) { // Spark's own exceptions are checked ones, thrown unchecked
        CancelledException why = stop.reason(e);
        stopped = why != null;
        if (stopped) {
          throw why;
        }
        throw e;
      }
    } finally {
      if (!stopped) { // a stopped run exits now: Spark's shutdown hook ends the session then,
        Sessions.stop(spark); // without waiting here for the killed tasks
      }
    }
  }

  /** The run on a session the caller owns (tests keep one per class). */
  private static void run(SparkSession spark, RunnerOptions o, ReadOptions read,
      AnalysisSpec spec, HistoryIngest.Format format, TaskWork work, RunStop stop,
      PrintWriter out, PrintWriter err) throws IOException {
    Timings timings = new Timings();
    StageMetrics stages = o.timings ? new StageMetrics() : null;
    if (stages != null) {
      spark.sparkContext().addSparkListener(stages);
    }
    stop.stage("reading " + o.data);
    Dataset<Row> ingest = HistoryIngest.read(spark, o.data, format, read)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      stop.check();
      IngestSummary report = IngestSummary.of(o.data, ingest);
      stop.check();
      timings.mark("ingest (" + report.records() + " records)");
      report.enforce(o.mode());
      if (o.ingestReport != null) {
        IngestReportFile.write(report, ingest, o.ingestReport,
            InputFiles.list(spark, o.data).size() > 1, stop.listener());
      }
      if (report.used() == 0) {
        throw new IllegalArgumentException(o.data + ": no usable data rows after the header"
            + (report.clean() ? "" : " (" + report.summary() + "; first: line "
            + report.first().get(0).line() + ": " + report.first().get(0).reason() + ")"));
      }
      report.print(err, "chem-spark: ", o.ingestReport != null);
      err.flush();
      SparkAnalysis an = SparkAnalysis.of(spark, ingest, spec, timings, stop);
      if (an.clusters() == 0) {
        throw new IllegalArgumentException(o.data + ": no task left to analyse (only"
            + " CHEMISTRY rows? --keep-chemistry-rows keeps them)");
      }
      if (work.command() == TaskWork.Command.RECOMMEND) {
        Chemistry.checkRecommend(an.models().length, work.recommend().options(1,
            ProgressListener.NONE));
      }
      int only = o.task == null ? -1 : clusterOf(an, o.task);
      int tasks = only < 0 ? an.clusters() : 1;
      stop.stage("the per-task work on the executors (" + tasks + (tasks == 1 ? " task)"
          : " tasks)"));
      JavaPairRDD<Integer, String> results = TaskResults.compute(an, spec, work, only)
          .persist(StorageLevel.MEMORY_AND_DISK());
      results.count(); // every task computed in parallel (toLocalIterator runs one partition at a time)
      stop.stage("writing the output");
      if (work.text()) {
        Iterator<String> texts = results.values().toLocalIterator();
        while (texts.hasNext()) {
          out.print(texts.next());
        }
        out.flush();
      } else if (o.json) {
        ResultWriter.document(results.values().toLocalIterator(), work.documentIndex(), out);
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
