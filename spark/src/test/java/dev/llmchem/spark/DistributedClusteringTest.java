package dev.llmchem.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.task.ScanClustering;
import dev.llmchem.engine.task.TaskClustering;
import dev.llmchem.engine.testutil.Seeds;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * The distributed clustering (similarity join + greedy pass) against the engine's
 * {@link TaskClustering} and its naive twin {@link ScanClustering}, on random corpora built to
 * be hard: near-duplicate wordings (a word dropped, swapped, repeated), words in every string
 * (IDF &lt;= 0), one-word and repeated-word strings, and thresholds from 0.3 to 0.99.
 */
class DistributedClusteringTest {
  private static final SparkSession spark = SparkRun.session();

  static int[] distributed(List<String> tasks, double threshold) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<Tuple2<String, Long>> indexed = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      indexed.add(new Tuple2<>(tasks.get(i), (long) i));
    }
    JavaPairRDD<String, Long> rdd = JavaPairRDD.fromJavaRDD(jsc.parallelize(indexed, 3));
    Iterator<GreedyPass.Edge> edges = new SimilarityJoin(threshold).edges(rdd, tasks.size())
        .edges().toLocalIterator();
    return GreedyPass.prototypes(tasks.size(), edges);
  }

  @Test
  void randomCorporaClusterAsTheEngine() {
    long seed = Seeds.seed("DistributedClusteringTest");
    Random rnd = new Random(seed);
    double[] thresholds = {0.85, 0.3, 0.6, 0.95, 0.99, 0.7};
    for (int round = 0; round < 6; round++) {
      List<String> tasks = corpus(rnd, 150 + rnd.nextInt(400), 20 + rnd.nextInt(200));
      double t = thresholds[round];
      int[] engine = TaskClustering.cluster(tasks.toArray(new String[0]), t);
      assertThat(ScanClustering.cluster(tasks.toArray(new String[0]), t)).isEqualTo(engine);
      int[] spark = distributed(tasks, t);
      assertThat(spark).as("seed %d round %d threshold %s", seed, round, t).isEqualTo(engine);
      long merged = java.util.stream.IntStream.range(0, engine.length)
          .filter(i -> engine[i] != i).count();
      assertThat(merged).as("round %d merges something", round).isPositive();
    }
  }

  /** Distinct strings: base prompts and near-duplicates of them. */
  private static List<String> corpus(Random rnd, int n, int vocabulary) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < vocabulary; i++) {
      words.add("w" + Integer.toString(i, 36));
    }
    Set<String> out = new LinkedHashSet<>();
    List<List<String>> bases = new ArrayList<>();
    while (out.size() < n) {
      List<String> s;
      if (bases.isEmpty() || rnd.nextInt(3) == 0) {
        s = new ArrayList<>();
        int len = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 3 : 14);
        for (int k = 0; k < len; k++) {
          s.add(words.get((int) Math.min(vocabulary - 1, Math.abs(rnd.nextGaussian())
              * vocabulary / 3)));
        }
        s.add("common"); // in every string: IDF <= 0
        bases.add(s);
      } else {
        s = new ArrayList<>(bases.get(rnd.nextInt(bases.size())));
        switch (rnd.nextInt(4)) {
          case 0 -> s.remove(rnd.nextInt(s.size()));
          case 1 -> s.set(rnd.nextInt(s.size()), words.get(rnd.nextInt(vocabulary)));
          case 2 -> s.add(s.get(rnd.nextInt(s.size())));
          default -> s.add(rnd.nextInt(s.size() + 1), words.get(rnd.nextInt(vocabulary)));
        }
        if (!s.contains("common")) {
          s.add("common");
        }
      }
      String text = String.join(rnd.nextInt(5) == 0 ? "  " : " ", s);
      out.add(rnd.nextInt(7) == 0 ? text.toUpperCase(java.util.Locale.ROOT) : text);
    }
    return new ArrayList<>(out);
  }
}
