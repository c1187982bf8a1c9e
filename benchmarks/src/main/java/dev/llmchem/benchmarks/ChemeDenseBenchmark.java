package dev.llmchem.benchmarks;

import dev.llmchem.benchmarks.state.CostTableState;
import dev.llmchem.benchmarks.state.SmallTableState;
import dev.llmchem.engine.cheme.ChemMatrix;
import dev.llmchem.engine.cheme.DenseCheme;
import dev.llmchem.engine.cheme.NaiveCheme;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exhaustive CHEME over a dense table of 2^u costs: the naive oracle (small sizes only, its own
 * parameter), the dense kernel sequential and parallel (common pool + calling thread), and the
 * optional Vector API kernel (llmchem-vector; its forks add
 * {@code --add-modules=jdk.incubator.vector}). Terms per call: C(u,2) 2^(u-2)
 * (DenseCheme.terms). One call per op; times in ms. The dense methods name their pair loop
 * explicitly (SCALAR), so they measure the same code in every fork.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ChemeDenseBenchmark {

  /** The oracle over all X ⊆ S with MIG covering lookups. */
  @Benchmark
  public ChemMatrix naive(SmallTableState st) {
    return NaiveCheme.compute(st.cost, st.map);
  }

  /** Dense, one thread. */
  @Benchmark
  public ChemMatrix denseSequential(CostTableState st) {
    return DenseCheme.sequential(st.cost, st.map, DenseCheme.Kernel.SCALAR);
  }

  /** Dense, all cores. */
  @Benchmark
  public ChemMatrix denseParallel(CostTableState st) {
    return DenseCheme.parallel(st.cost, st.map, DenseCheme.Kernel.SCALAR);
  }

  /** Dense with the Vector API pair loop, one thread. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g", "--add-modules=jdk.incubator.vector"})
  public ChemMatrix vectorSequential(CostTableState st) {
    return DenseCheme.sequential(st.cost, st.map, DenseCheme.Kernel.VECTOR);
  }

  /** Dense with the Vector API pair loop, all cores. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g", "--add-modules=jdk.incubator.vector"})
  public ChemMatrix vectorParallel(CostTableState st) {
    return DenseCheme.parallel(st.cost, st.map, DenseCheme.Kernel.VECTOR);
  }

  /**
   * {@link #vectorParallel} with its float copies in plain arrays, wherever the collector puts
   * them ({@code -Dllmchem.cheme.alignedFloats=off}). One sample of that placement, not its
   * average: where the arrays land follows everything the fork allocated before, and the extra
   * property alone moves it (perf-reports/2026-12-08-zen4-alignment: 150 vs 170 ms at u = 24).
   */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g", "--add-modules=jdk.incubator.vector",
      "-Dllmchem.cheme.alignedFloats=off"})
  public ChemMatrix vectorParallelPlainFloats(CostTableState st) {
    return DenseCheme.parallel(st.cost, st.map, DenseCheme.Kernel.VECTOR);
  }
}
