package dev.llmchem.benchmarks;

import dev.llmchem.benchmarks.state.CostTableState;
import dev.llmchem.engine.cheme.ChemMatrix;
import dev.llmchem.engine.cheme.DenseCheme;
import dev.llmchem.engine.mig.UsedMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The dense CHEME of one small task, the regime of histories with many tasks of a few models
 * each: {@code direct} runs every pair straight over the table (what the default entry points
 * do up to {@link DenseCheme#DIRECT_UP_TO_U}; this fork raises the cut so that it runs at
 * every size here), {@code blocked} the plan of blocks, buffers and transposes that large
 * tables need. Both on one thread, bit-identical answers (checked in the answer tests). The
 * crossover is where {@code DIRECT_UP_TO_U} belongs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Dllmchem.cheme.directUpTo=30"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ChemeSmallTaskBenchmark {
  /** |U|. */
  @Param({"8", "10", "11", "12", "13", "14", "16"})
  public int u;

  double[] cost;
  UsedMap map;

  /** The cost table of the state every dense suite uses. */
  @Setup(Level.Trial)
  public void setup() {
    cost = CostTableState.table(u, 20261126L);
    map = UsedMap.allUsed(u);
  }

  /** Every pair straight over the table (the default entry point, cut raised). */
  @Benchmark
  public ChemMatrix direct() {
    return DenseCheme.sequential(cost, map);
  }

  /** The blocked plan (an explicit pair loop always takes it). */
  @Benchmark
  public ChemMatrix blocked() {
    return DenseCheme.sequential(cost, map, DenseCheme.Kernel.SCALAR);
  }
}
