package dev.llmchem.benchmarks;

import dev.llmchem.benchmarks.state.PoolState;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.cost.CostKernel;
import dev.llmchem.engine.interaction.DenseInteraction;
import dev.llmchem.engine.interaction.Eq1Interaction;
import dev.llmchem.engine.interaction.InteractionIndex;
import dev.llmchem.engine.interaction.MoebiusInteraction;
import dev.llmchem.engine.interaction.NaiveInteraction;
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
 * All pairs of an interaction index over the Eq. 1 table of |U| = u models (issue 22): the
 * direct kernel (one read of the table, O(2^u); all cores and one thread) against the Moebius
 * route (copy, transform, superset sums: O(u 2^u)), the naive sum of the definition (O(u^2
 * 2^u), only u &lt;= 20) and the Eq. 1 closed form (no table). Penalties as
 * {@code ChemeEq1Benchmark}'s "typical" profile; the work does not depend on the values.
 * Milliseconds per call (all pairs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class InteractionIndexBenchmark {
  /** |U|. */
  @Param({"12", "16", "20", "24", "26"})
  public int u;

  /** shapley or banzhaf (the same work). */
  @Param({"shapley"})
  public String index;

  double[] penalty;
  double[] table;
  InteractionIndex game;

  /** Builds the Eq. 1 table (2^u costs; 512 MiB at u = 26). */
  @Setup(Level.Trial)
  public void setUp() {
    penalty = ChemeEq1Benchmark.penalties(u, "typical");
    table = CostKernel.eq1Table(penalty);
    game = InteractionIndex.parse(index);
  }

  /** The engine's kernel on every available processor (what AUTO runs). */
  @Benchmark
  public double[] directParallel(PoolState pool) {
    return DenseInteraction.parallel(table, game, pool.pool, ProgressListener.NONE);
  }

  /** The engine's kernel on the calling thread. */
  @Benchmark
  public double[] directSequential() {
    return DenseInteraction.sequential(table, game);
  }

  /** The textbook route: Moebius transform and superset sums over a copy. */
  @Benchmark
  public double[] moebius() {
    return MoebiusInteraction.compute(table, game);
  }

  /** The definition, pair by pair (only u &lt;= 20). */
  @Benchmark
  public double[] naive() {
    if (u > 20) {
      throw new IllegalStateException("naive interaction skipped above |U| = 20");
    }
    return NaiveInteraction.compute(table, game);
  }

  /** The Eq. 1 closed form from the penalties (no table). */
  @Benchmark
  public double[] eq1ClosedForm() {
    return Eq1Interaction.compute(penalty, game);
  }
}
