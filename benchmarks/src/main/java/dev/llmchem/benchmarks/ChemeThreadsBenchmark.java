package dev.llmchem.benchmarks;

import dev.llmchem.benchmarks.state.CostTableState;
import dev.llmchem.benchmarks.state.PoolState;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.cheme.ChemMatrix;
import dev.llmchem.engine.cheme.DenseCheme;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dense CHEME against the worker count: the same kernel and table with a dedicated pool of
 * {@code threads} workers (parameter), and the sequential entry point as the one-thread
 * baseline without any pool. Speed-up(t) = sequential / parallel(t).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
public class ChemeThreadsBenchmark {

  /** Dense kernel with the pool's workers. */
  @Benchmark
  public ChemMatrix denseParallel(CostTableState st, PoolState pool) {
    return DenseCheme.parallel(st.cost, st.map, pool.pool, ProgressListener.NONE);
  }

  /** Dense kernel on the calling thread only. */
  @Benchmark
  public ChemMatrix denseSequential(CostTableState st) {
    return DenseCheme.sequential(st.cost, st.map);
  }
}
