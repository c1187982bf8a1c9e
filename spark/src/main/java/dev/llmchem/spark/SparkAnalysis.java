package dev.llmchem.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import dev.llmchem.engine.history.Strategy;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * A history analysed on Spark as {@code Analysis.of} analyses it on one machine: the rows
 * kept (CHEMISTRY rows dropped unless kept), S (every model of those rows, sorted by
 * {@link String#compareTo} on the driver), the distinct task strings in order of first
 * appearance, and their clusters: the engine's greedy TF-IDF clustering
 * ({@link SimilarityJoin} for the candidate edges, {@link GreedyPass} on the driver), one
 * cluster per string with a task column, one cluster for all when the threshold is &lt;= 0
 * (every cosine is &gt;= 0).
 *
 * @param rows the analysed rows: ord, trial, model, task, quality, accuracy
 * @param models S
 * @param tasks per distinct task string: task, idx (first-appearance order), cluster
 * @param clusters the number of clusters
 * @param timings what each stage took
 */
record SparkAnalysis(Dataset<Row> rows, String[] models, Dataset<Row> tasks, int clusters,
    Timings timings) {

  static final StructType TASKS = new StructType()
      .add("task", DataTypes.StringType, false)
      .add("idx", DataTypes.LongType, false)
      .add("cluster", DataTypes.IntegerType, false);

  /** Analyses the used rows of {@code ingest} (persisted by the caller). */
  static SparkAnalysis of(SparkSession spark, Dataset<Row> ingest, AnalysisSpec spec,
      Timings timings, RunStop stop) {
    stop.stage("the models (S) and the order of the task strings");
    Dataset<Row> rows = ingest.filter(col("kind").equalTo(lit(IngestRows.ROW)));
    if (!spec.keepChemistryRows()) {
      rows = rows.filter(col("strategy").notEqual(lit(Strategy.CHEMISTRY.code())));
    }
    rows = rows.select("ord", "trial", "model", "task", "quality", "accuracy");
    List<String> names = new ArrayList<>();
    for (Row r : rows.select("model").distinct().collectAsList()) {
      names.add(r.getString(0));
    }
    String[] models = names.stream().sorted().toArray(String[]::new);
    timings.mark("models (S)");
    JavaPairRDD<String, Long> order = rows.groupBy("task").agg(min("ord").as("first"))
        .orderBy("first").javaRDD().zipWithIndex()
        .mapToPair(t -> new scala.Tuple2<>(t._1().getString(0), t._2()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long count = order.count();
    if (count > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(count + " distinct task strings: more than 2^31");
    }
    int n = (int) count;
    timings.mark("task order (" + n + " distinct task strings)");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    stop.stage("task clustering of " + n + " distinct task strings");
    JavaRDD<Row> tasks;
    int clusters;
    if (!spec.clusterTasks()) {
      tasks = order.map(t -> RowFactory.create(t._1(), t._2(), (int) (long) t._2()));
      clusters = n;
    } else if (!(spec.clusterThreshold() > 0)) {
      tasks = order.map(t -> RowFactory.create(t._1(), t._2(), 0));
      clusters = n == 0 ? 0 : 1;
    } else {
      SimilarityJoin.Result join = new SimilarityJoin(spec.clusterThreshold()).edges(order, n);
      Iterator<GreedyPass.Edge> edges = join.edges().toLocalIterator();
      timings.mark("vectors (" + join.vectors() + ")");
      long t0 = System.nanoTime();
      long[] fetched = new long[1];
      int[] proto = GreedyPass.prototypes(n, new Iterator<GreedyPass.Edge>() {
        @Override
        public boolean hasNext() {
          return edges.hasNext();
        }

        @Override
        public GreedyPass.Edge next() {
          fetched[0]++;
          return edges.next();
        }
      });
      int[] cluster = GreedyPass.clusters(proto);
      clusters = n == 0 ? 0 : cluster[n - 1];
      for (int i = 0; i < n; i++) {
        clusters = Math.max(clusters, cluster[i] + 1);
      }
      timings.mark("similarity join and greedy pass (" + join.postings().value() + " postings, "
          + join.verified().value() + " pairs verified, " + fetched[0] + " edges; greedy "
          + String.format(java.util.Locale.ROOT, "%.3f", (System.nanoTime() - t0) / 1e9)
          + " s incl. fetching edges), " + clusters + " clusters");
      Broadcast<int[]> of = jsc.broadcast(cluster);
      tasks = order.map(t -> RowFactory.create(t._1(), t._2(), of.value()[(int) (long) t._2()]));
    }
    Dataset<Row> taskTable = spark.createDataFrame(tasks, TASKS)
        .persist(StorageLevel.MEMORY_AND_DISK());
    return new SparkAnalysis(rows, models, taskTable, clusters, timings);
  }
}
