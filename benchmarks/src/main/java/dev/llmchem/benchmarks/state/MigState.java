package dev.llmchem.benchmarks.state;

import dev.llmchem.engine.mig.CoveringMemo;
import dev.llmchem.engine.mig.Mig;
import dev.llmchem.engine.mig.UsedMap;
import java.util.HashMap;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A MIG over |S| = s models of which s - 2 are used (random positive costs), a fixed list of
 * {@link #QUERIES} random S masks (drawn from 1024 distinct ones, so memos hit), and warm
 * memos of both kinds.
 */
@State(Scope.Benchmark)
public class MigState {
  /** Number of covering lookups per benchmark call. */
  public static final int QUERIES = 4096;

  /** |S|. */
  @Param({"12", "16"})
  public int s;

  /** Embedding of U. */
  public UsedMap map;
  /** Cost table over U. */
  public double[] cost;
  /** The graph. */
  public Mig mig;
  /** Query masks. */
  public long[] queries;
  /** The engine's memo (warm). */
  public CoveringMemo memo;
  /** fastutil primitive long->int map (warm), a candidate for the memo. */
  public it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap fastutil;
  /** Boxed JDK map memo (warm), the baseline. */
  public HashMap<Long, Integer> boxed;
  /** Agrona open-addressing long->long map (warm), a candidate for the memo. */
  public org.agrona.collections.Long2LongHashMap agrona;
  /** Eclipse Collections primitive long->int map (warm), a candidate for the memo. */
  public org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap eclipse;

  /** Builds everything. */
  @Setup(Level.Trial)
  public void setup() {
    int u = s - 2;
    int[] uToS = new int[u];
    for (int j = 0; j < u; j++) {
      uToS[j] = j + 1;
    }
    map = new UsedMap(s, uToS);
    cost = CostTableState.table(u, 7L);
    mig = Mig.build(map, cost);
    SplittableRandom r = new SplittableRandom(11L);
    long[] distinct = new long[1024];
    for (int i = 0; i < distinct.length; i++) {
      distinct[i] = r.nextLong() & ((1L << s) - 1);
    }
    queries = new long[QUERIES];
    for (int i = 0; i < QUERIES; i++) {
      queries[i] = distinct[r.nextInt(distinct.length)];
    }
    memo = new CoveringMemo(mig, 2048);
    boxed = new HashMap<>(2048);
    agrona = new org.agrona.collections.Long2LongHashMap(2048, 0.65f, -1L);
    fastutil = new it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap(2048);
    eclipse = new org.eclipse.collections.impl.map.mutable.primitive.LongIntHashMap(2048);
    for (long q : queries) {
      memo.covering(q);
      int c = mig.covering(q);
      boxed.put(q, c);
      agrona.put(q, c);
      fastutil.put(q, c);
      eclipse.put(q, c);
    }
  }
}
