package dev.llmchem.spark;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.negate;
import static org.apache.spark.sql.functions.struct;

import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.bootstrap.TaskSample;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.profile.Aggregate;
import dev.llmchem.engine.profile.TaskProfiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * Per task on the executors. First the profiles, by aggregation in Spark per (cluster,
 * model), as {@code ProfileBuilder} defines them: max keeps the row of largest
 * a = max(0.1, accuracy), the earliest on ties ({@code min_by} over (-a, ord)); last the
 * latest row; mean sums q and a in file order ({@code aggregate} over the rows sorted by ord,
 * the same double additions in the same order), divided by the count, with the max row's
 * trial. Then per cluster, where its profiles are: the engine's {@link TaskProfiles} over S,
 * {@link TaskAnalysis}, and the command's work ({@link TaskWork}: CHEME, RECOMMEND with the
 * task's cores or --threads as kernel threads, the bootstrap over the task's rows when asked
 * for), rendered as the task's JSON object or text.
 */
final class TaskResults {
  private TaskResults() { }

  /**
   * (cluster, the task's compact JSON) in cluster order (partitions and their contents);
   * only cluster {@code only} when it is &gt;= 0.
   */
  static JavaPairRDD<Integer, String> compute(SparkAnalysis an, AnalysisSpec spec,
      TaskWork work, int only) {
    Dataset<Row> rows = an.rows().join(an.tasks(), "task")
        .select(col("cluster"), col("model"), col("ord"), col("quality"),
            greatest(lit(0.1), col("accuracy")).as("a"), col("trial"));
    Dataset<Row> tasks = an.tasks();
    if (only >= 0) {
      rows = rows.filter(col("cluster").equalTo(lit(only)));
      tasks = tasks.filter(col("cluster").equalTo(lit(only)));
    }
    Column pick = struct(col("quality"), col("a"), col("trial"), col("ord"));
    Column max = min_by(pick, struct(negate(col("a")), col("ord")));
    Dataset<Row> profiles;
    if (spec.aggregate() == Aggregate.MEAN) {
      profiles = rows.groupBy("cluster", "model").agg(max.as("p"), expr(
          "aggregate(array_sort(collect_list(struct(ord, quality, a))),"
          + " named_struct('q', 0D, 'a', 0D),"
          + " (s, x) -> named_struct('q', s.q + x.quality, 'a', s.a + x.a))").as("sum"),
          count(lit(1)).as("n"))
          .select(col("cluster"), col("model"), col("sum.q").divide(col("n")).as("q"),
              col("sum.a").divide(col("n")).as("a"), col("p.trial").as("trial"),
              col("p.ord").as("ord"));
    } else {
      Column chosen = spec.aggregate() == Aggregate.LAST ? max_by(pick, col("ord")) : max;
      profiles = rows.groupBy("cluster", "model").agg(chosen.as("p"))
          .select(col("cluster"), col("model"), col("p.quality").as("q"), col("p.a").as("a"),
              col("p.trial").as("trial"), col("p.ord").as("ord"));
    }
    Dataset<Row> members = tasks.groupBy("cluster")
        .agg(array_sort(collect_list(struct(col("idx"), col("task")))).as("members"));
    Dataset<Row> perTask = profiles.groupBy("cluster")
        .agg(collect_list(struct(col("model"), col("q"), col("a"), col("trial"), col("ord")))
            .as("profiles"))
        .join(members, "cluster");
    if (work.boot() != null) { // the bootstrap resamples the task's rows on its executor
      perTask = perTask.join(rows.groupBy("cluster").agg(collect_list(struct(col("ord"),
          col("model"), col("trial"), col("quality"), col("a"))).as("rows")), "cluster");
    }
    perTask = perTask.orderBy("cluster"); // before the work: a sort after it would sample (run) it
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(an.rows().sparkSession()
        .sparkContext());
    Broadcast<String[]> s = jsc.broadcast(an.models());
    return perTask.javaRDD().mapToPair(r -> new Tuple2<>(r.getInt(0),
        render(r, s.value(), spec, work)));
  }

  /**
   * One task on its executor: profiles over S, the engine's analysis, the command's output;
   * the kernels use --threads threads (0: the Spark task's cores) and stop when Spark kills
   * the task (--timeout, Ctrl-C).
   */
  private static String render(Row r, String[] names, AnalysisSpec spec, TaskWork work) {
    List<Row> memberRows = r.getList(2);
    List<String> members = new ArrayList<>(memberRows.size());
    for (Row m : memberRows) {
      members.add(m.getString(1));
    }
    int n = names.length;
    boolean[] has = new boolean[n];
    double[] q = new double[n];
    double[] a = new double[n];
    String[] trial = new String[n];
    long[] line = new long[n];
    Arrays.fill(q, Double.NaN);
    Arrays.fill(a, Double.NaN);
    for (Row p : r.<Row>getList(1)) {
      int i = Arrays.binarySearch(names, p.getString(0));
      has[i] = true;
      q[i] = p.getDouble(1);
      a[i] = p.getDouble(2);
      trial[i] = p.getString(3);
      line[i] = p.getLong(4) & IngestRows.LINE_MASK;
    }
    TaskProfiles profiles = TaskProfiles.of(members.get(0), members, names, has, q, a, trial,
        line);
    TaskContext ctx = TaskContext.get();
    int threads = work.threads() > 0 ? work.threads() : ctx == null ? 1 : Math.max(1, ctx.cpus());
    ProgressListener stop = ctx == null ? ProgressListener.NONE : new ProgressListener() {
      @Override public void start(String task, long total) { }
      @Override public void advance(long units) { }
      @Override public void finish() { }
      @Override public boolean cancelled() {
        return ctx.isInterrupted();
      }
    };
    TaskSample sample = work.boot() == null ? null : TaskRows.sample(r.getList(3), names,
        members.get(0), work.boot().unit(), spec.aggregate());
    return work.render(TaskAnalysis.of(profiles, spec.options()), r.getInt(0), sample, threads,
        stop);
  }
}
