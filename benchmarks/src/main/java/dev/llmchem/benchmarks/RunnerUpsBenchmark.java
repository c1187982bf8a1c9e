package dev.llmchem.benchmarks;

import dev.llmchem.benchmarks.baseline.GrayWalkRunnerUps;
import dev.llmchem.benchmarks.state.RunnerUpsState;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.recommend.RecommendParams;
import dev.llmchem.engine.recommend.RecommendProblem;
import dev.llmchem.engine.recommend.Recommendation;
import dev.llmchem.engine.recommend.Recommender;
import dev.llmchem.engine.recommend.RunnerUps;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
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
 * Wall time of the runner-ups of {@code chem recommend --explain} (the 5 best sets by loss):
 * the top-k exact search on every available processor and on one, the exact RECOMMEND (one
 * best set) on the same problem for scale, and the former Gray-code walk (one thread, O(n)
 * per subset; n = 24 and 26 only, its own parameter). One shot per iteration.
 * Goal: n = 30 in a practical time on 2 cores.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class RunnerUpsBenchmark {
  /** Runner-ups listed by --explain. */
  static final int K = 5;

  /** Top-k exact search, one worker per available processor (common pool). */
  @Benchmark
  public List<RunnerUps.Ranked> topKParallel(RunnerUpsState s) {
    return RunnerUps.best(s.problem, s.params, 0, K, ForkJoinPool.commonPool(),
        ProgressListener.NONE);
  }

  /** Top-k exact search on the calling thread. */
  @Benchmark
  public List<RunnerUps.Ranked> topKSequential(RunnerUpsState s) {
    return RunnerUps.best(s.problem, s.params, 0, K);
  }

  /** Top-k among the sets of exactly 5 models, parallel. */
  @Benchmark
  public List<RunnerUps.Ranked> topKOfSize5(RunnerUpsState s) {
    return RunnerUps.best(s.problem, s.params, 5, K, ForkJoinPool.commonPool(),
        ProgressListener.NONE);
  }

  /** For scale: the exact optimum (one set), parallel. */
  @Benchmark
  public Recommendation exactParallel(RunnerUpsState s) {
    return Recommender.exact(s.problem, s.params);
  }

  /** Baseline: the former Gray-code walk (sequential) on the "random" problems, n = 24, 26. */
  @Benchmark
  public long[] grayWalk(WalkState s) {
    return GrayWalkRunnerUps.best(s.problem, s.params, 0, K);
  }

  /** The "random" problems of {@link RunnerUpsState} at the sizes the former walk takes. */
  @State(Scope.Benchmark)
  public static class WalkState {
    /** Number of models |S|. */
    @Param({"24", "26"})
    public int walkN;

    /** The problem. */
    public RecommendProblem problem;
    /** Reference defaults. */
    public RecommendParams params = RecommendParams.DEFAULTS;

    /** Builds the problem. */
    @Setup(Level.Trial)
    public void setUp() {
      problem = RunnerUpsState.build(walkN, "random");
    }
  }
}
