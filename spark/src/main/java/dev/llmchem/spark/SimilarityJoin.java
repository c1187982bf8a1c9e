package dev.llmchem.spark;

import dev.llmchem.engine.task.TfIdf;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * Every pair of task strings whose engine cosine is &gt;= t, found by a distributed all-pairs
 * similarity join with prefix filtering (the single-machine {@code PrefixIndex} argument,
 * made symmetric; Bayardo et al. 2007, Vernica et al. 2010):
 * <ol>
 * <li>IDF over the distinct task strings: tokens ({@link TfIdf#tokens}) counted per string,
 *     document frequency and first appearance per token by a reduce;</li>
 * <li>the vectors ({@link SparseVector}, the engine's float operations);</li>
 * <li>each vector is posted under the tokens of its prefix: in the global order (document
 *     frequency ascending, then column), the tokens p whose suffix norm suf(p) times the
 *     float slack F ({@link TfIdf#slack}) reaches t. A pair with cosine &gt;= t has its first
 *     shared token in both prefixes (cos &lt;= suf_x(k) suf_y(k) F, suf_y &lt;= max norm);</li>
 * <li>per token, the posted pairs that pass the positional bound suf_x suf_y F &gt;= t are
 *     verified where that token is their first shared one (so each pair once), by the
 *     engine's float cosine; those &gt;= t are the edges.</li>
 * </ol>
 * Nothing at or above t is filtered out (the slack covers the float rounding), and the
 * verified cosine is bit-identical to the engine's, so {@link GreedyPass} over the edges
 * gives the engine's clusters. The shuffles: the token entries (nnz), the vocabulary, the
 * vectors once per prefix token; a token in m prefixes costs m^2/2 bound checks.
 */
final class SimilarityJoin implements Serializable {
  private static final long serialVersionUID = 1L;

  private final double threshold;

  SimilarityJoin(double threshold) {
    this.threshold = threshold;
  }

  /**
   * The edges (sorted by (i, j)) and the join's counters, read once the edges are consumed.
   *
   * @param vectors task strings with at least one token
   */
  record Result(JavaRDD<GreedyPass.Edge> edges, long vectors, LongAccumulator postings,
      LongAccumulator verified) { }

  /**
   * The edges of {@code tasks} (string, first-appearance index), sorted by (i, j).
   *
   * @param n the number of tasks (N of the IDF)
   */
  Result edges(JavaPairRDD<String, Long> tasks, int n) {
    JavaPairRDD<String, long[]> entries = tasks.flatMapToPair(t -> entries(t._1(), t._2()));
    JavaPairRDD<String, long[]> vocab = entries
        .mapValues(e -> new long[] {1, e[0] << 24 | e[1]})
        .reduceByKey((a, b) -> new long[] {a[0] + b[0], Math.min(a[1], b[1])});
    JavaRDD<SparseVector> vectors = entries.join(vocab)
        .mapToPair(x -> new Tuple2<>(x._2()._1()[0], new long[] {x._2()._1()[1],
            x._2()._1()[2], x._2()._2()[1], x._2()._2()[0]}))
        .groupByKey()
        .map(g -> vector(g._1(), g._2(), n))
        .persist(StorageLevel.MEMORY_AND_DISK());
    double[] max = vectors.map(v -> new double[] {v.size(), v.norm, 1})
        .fold(new double[] {0, 0, 0}, (a, b) -> new double[] {Math.max(a[0], b[0]),
            Math.max(a[1], b[1]), a[2] + b[2]});
    double slack = TfIdf.slack((int) max[0], max[1]);
    LongAccumulator posted = tasks.context().longAccumulator("postings");
    LongAccumulator verified = tasks.context().longAccumulator("verified pairs");
    double t = threshold;
    JavaRDD<GreedyPass.Edge> edges = vectors
        .flatMapToPair(v -> postings(v, slack, t, posted))
        .groupByKey()
        .flatMap(g -> verify(g._1(), g._2(), slack, t, verified))
        .sortBy(e -> e.i() * (long) n + e.j(), true, tasks.getNumPartitions());
    return new Result(edges, (long) max[2], posted, verified);
  }

  /** (token, {task, position among the string's distinct tokens, term count}). */
  private static Iterator<Tuple2<String, long[]>> entries(String task, long i) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (String tok : TfIdf.tokens(task)) {
      long[] c = counts.get(tok);
      if (c == null) {
        if (counts.size() == SparseVector.MAX_TOKENS - 1) {
          throw new IllegalArgumentException("a task string has more than 2^24 distinct words");
        }
        counts.put(tok, new long[] {i, counts.size(), 1});
      } else {
        c[2]++;
      }
    }
    List<Tuple2<String, long[]>> out = new ArrayList<>(counts.size());
    counts.forEach((tok, c) -> out.add(new Tuple2<>(tok, c)));
    return out.iterator();
  }

  /** A vector from its entries {position, term count, column, df}. */
  private static SparseVector vector(long task, Iterable<long[]> entries, int n) {
    List<long[]> e = new ArrayList<>();
    entries.forEach(e::add);
    e.sort((a, b) -> Long.compare(a[0], b[0])); // the string's first-appearance order
    float[] tf = new float[e.size()];
    long[] col = new long[e.size()];
    int[] df = new int[e.size()];
    for (int k = 0; k < tf.length; k++) {
      tf[k] = e.get(k)[1];
      col[k] = e.get(k)[2];
      df[k] = (int) e.get(k)[3];
    }
    return SparseVector.of(task, tf, col, df, n);
  }

  /** One vector's postings: (prefix token, (vector, suffix norm at that token)). */
  private static Iterator<Tuple2<Long, Posting>> postings(SparseVector v, double slack,
      double t, LongAccumulator posted) {
    int[] order = v.globalOrder();
    double[] suf = new double[order.length];
    double sq = 0;
    for (int p = order.length - 1; p >= 0; p--) {
      float x = v.val[order[p]];
      sq += (double) x * x;
      suf[p] = Math.sqrt(sq);
    }
    List<Tuple2<Long, Posting>> out = new ArrayList<>();
    for (int p = 0; p < order.length && suf[p] * slack >= t; p++) {
      out.add(new Tuple2<>(v.col[order[p]], new Posting(v, suf[p])));
    }
    posted.add(out.size());
    return out.iterator();
  }

  /** The edges verified at {@code token}: later task first. */
  private static Iterator<GreedyPass.Edge> verify(long token, Iterable<Posting> group,
      double slack, double t, LongAccumulator verified) {
    List<Posting> list = new ArrayList<>();
    group.forEach(list::add);
    list.sort((a, b) -> Long.compare(a.vector.task, b.vector.task));
    List<GreedyPass.Edge> out = new ArrayList<>();
    long checked = 0;
    for (int b = 1; b < list.size(); b++) {
      Posting x = list.get(b);
      for (int a = 0; a < b; a++) {
        Posting y = list.get(a);
        if (x.suffix * y.suffix * slack < t) {
          continue;
        }
        checked++;
        float cos = x.vector.cosineIfFirst(y.vector, token);
        if (!Float.isNaN(cos) && (double) cos >= t) {
          out.add(new GreedyPass.Edge(x.vector.task, y.vector.task, cos));
        }
      }
    }
    verified.add(checked);
    return out.iterator();
  }

  /** A vector posted under one of its prefix tokens. */
  static final class Posting implements Serializable {
    private static final long serialVersionUID = 1L;
    final SparseVector vector;
    final double suffix;

    Posting(SparseVector vector, double suffix) {
      this.vector = vector;
      this.suffix = suffix;
    }
  }
}
