package dev.llmchem.benchmarks.state;

import dev.llmchem.engine.recommend.RecommendParams;
import dev.llmchem.engine.recommend.RecommendProblem;
import java.util.Random;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * RECOMMEND problems of n = 24..30 models for the runner-up search. {@code kind}: "random" is
 * {@link RecommendState}'s (chemistry uniform in [0, 1], 30% zero pairs); "binary" has
 * chemistry 0 or 1 (half the pairs each), as on the real histories where most penalties are 0,
 * so that many sets tie in loss.
 */
@State(Scope.Benchmark)
public class RunnerUpsState {
  /** Number of models |S| (2^n subsets). */
  @Param({"24", "26", "28", "30"})
  public int n;

  /** Chemistry values: "random" or "binary". */
  @Param({"random", "binary"})
  public String kind;

  /** The problem. */
  public RecommendProblem problem;
  /** Reference defaults. */
  public RecommendParams params = RecommendParams.DEFAULTS;

  /** Builds the problem for the current parameters. */
  @Setup(Level.Trial)
  public void setUp() {
    problem = build(n, kind);
  }

  /** The problem of {@code n} models of a kind; shared with the benchmark tests. */
  public static RecommendProblem build(int n, String kind) {
    if (kind.equals("random")) {
      return RecommendState.build(n, RecommendState.SEED);
    }
    Random rnd = new Random(RecommendState.SEED + n);
    double[] chem = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double v = rnd.nextBoolean() ? 1.0 : 0.0;
        chem[i * n + j] = v;
        chem[j * n + i] = v;
      }
    }
    String[] names = new String[n];
    for (int i = 0; i < n; i++) {
      names[i] = String.format("model-%02d", i);
    }
    return RecommendProblem.of(names, chem, true, new long[] {3}, new double[n], new double[n]);
  }
}
