package dev.llmchem.benchmarks;

import dev.llmchem.benchmarks.state.MigState;
import dev.llmchem.engine.mig.Mig;
import dev.llmchem.engine.mig.NaiveCovering;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * MIG build and covering-node lookups: the IBG walk without memo, the walk memoised in a
 * the engine's {@code CoveringMemo} (Agrona {@code Long2LongHashMap}), and the raw candidates:
 * fastutil {@code Long2IntOpenHashMap}, Agrona {@code Long2LongHashMap}, Eclipse Collections
 * {@code LongIntHashMap} and in a boxed {@code HashMap<Long,Integer>} (JDK baseline), and the reference's linear scan (on the first
 * 64 queries only; it is O(nodes) each). Lookups return the sum of node ids, so the work
 * cannot be dropped.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MigBenchmark {

  /** Breadth-first build from the dense table. */
  @Benchmark
  public Mig build(MigState st) {
    return Mig.build(st.map, st.cost);
  }

  /** {@link MigState#QUERIES} walks from the root. */
  @Benchmark
  public long coveringWalk(MigState st) {
    long sum = 0;
    for (long q : st.queries) {
      sum += st.mig.covering(q);
    }
    return sum;
  }

  /** {@link MigState#QUERIES} lookups through the engine's warm {@code CoveringMemo}. */
  @Benchmark
  public long coveringMemo(MigState st) {
    long sum = 0;
    for (long q : st.queries) {
      sum += st.memo.covering(q);
    }
    return sum;
  }

  /** {@link MigState#QUERIES} lookups through a warm fastutil {@code Long2IntOpenHashMap}. */
  @Benchmark
  public long coveringMemoFastutil(MigState st) {
    long sum = 0;
    for (long q : st.queries) {
      sum += st.fastutil.get(q);
    }
    return sum;
  }

  /** {@link MigState#QUERIES} lookups through a warm boxed JDK map. */
  @Benchmark
  public long coveringMemoHashMap(MigState st) {
    long sum = 0;
    for (long q : st.queries) {
      sum += st.boxed.get(q);
    }
    return sum;
  }

  /** {@link MigState#QUERIES} lookups through a warm Agrona {@code Long2LongHashMap}. */
  @Benchmark
  public long coveringMemoAgrona(MigState st) {
    long sum = 0;
    for (long q : st.queries) {
      sum += st.agrona.get(q);
    }
    return sum;
  }

  /** {@link MigState#QUERIES} lookups through a warm Eclipse Collections {@code LongIntHashMap}. */
  @Benchmark
  public long coveringMemoEclipse(MigState st) {
    long sum = 0;
    for (long q : st.queries) {
      sum += st.eclipse.get(q);
    }
    return sum;
  }

  /** The reference's linear scan, first 64 queries. */
  @Benchmark
  public long coveringLinearScan64(MigState st) {
    long sum = 0;
    for (int i = 0; i < 64; i++) {
      sum += NaiveCovering.covering(st.mig, st.queries[i]);
    }
    return sum;
  }
}
