package dev.llmchem.benchmarks.state;

import dev.llmchem.engine.recommend.RecommendParams;
import dev.llmchem.engine.recommend.RecommendProblem;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Like {@link RecommendState}, sized for the exhaustive searches (n = 16..30). */
@State(Scope.Benchmark)
public class RecommendExactState {
  /** Number of models |S| (2^n subsets). */
  @Param({"16", "20", "24", "26"})
  public int n;

  /** The problem. */
  public RecommendProblem problem;
  /** Reference defaults. */
  public RecommendParams params = RecommendParams.DEFAULTS;

  /** Builds the problem for the current {@link #n}. */
  @Setup(Level.Trial)
  public void setUp() {
    problem = RecommendState.build(n, RecommendState.SEED);
  }
}
