package dev.llmchem.benchmarks.state;

import dev.llmchem.engine.recommend.RecommendParams;
import dev.llmchem.engine.recommend.RecommendProblem;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The problem of {@link RecommendExactState} at sizes the naive exact search can take
 * (every mask, loss recomputed from the n x n matrix), with that matrix flattened.
 */
@State(Scope.Benchmark)
public class SmallRecommendState {
  /** Number of models for the naive search. */
  @Param({"12", "16"})
  public int smallN;

  /** The problem. */
  public RecommendProblem problem;
  /** Its chemistry as a row-major n x n array. */
  public double[] chem;
  /** Reference defaults. */
  public RecommendParams params = RecommendParams.DEFAULTS;

  /** Builds the problem and the flat matrix. */
  @Setup(Level.Trial)
  public void setUp() {
    problem = RecommendState.build(smallN, RecommendState.SEED);
    chem = new double[smallN * smallN];
    for (int i = 0; i < smallN; i++) {
      for (int j = 0; j < smallN; j++) {
        chem[i * smallN + j] = problem.chem(i, j);
      }
    }
  }
}
