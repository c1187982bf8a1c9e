package dev.llmchem.benchmarks;

import dev.llmchem.benchmarks.state.RecommendExactState;
import dev.llmchem.benchmarks.state.SmallRecommendState;
import dev.llmchem.engine.recommend.NaiveExactSearch;
import dev.llmchem.engine.recommend.Recommendation;
import dev.llmchem.engine.recommend.Recommender;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Wall time of the exact optimum over all 2^n subsets, parallel (common pool) and sequential,
 * and of the exact size-5 and size-10 searches. One shot per iteration: at n = 30 one call
 * takes seconds. Goal: n = 26 under 10 s.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class RecommendExactBenchmark {

  /** All subsets, parallel on the common pool. */
  @Benchmark
  public Recommendation exactParallel(RecommendExactState s) {
    return Recommender.exact(s.problem, s.params);
  }

  /** All subsets on one thread. */
  @Benchmark
  public Recommendation exactSequential(RecommendExactState s) {
    return Recommender.exactSequential(s.problem, s.params);
  }

  /** Baseline: every mask with the loss recomputed in full (small n only, own parameter). */
  @Benchmark
  public long naiveExact(SmallRecommendState s) {
    return NaiveExactSearch.optimum(s.smallN, s.chem, s.params);
  }

  /** All sets of exactly 5 models, parallel. */
  @Benchmark
  public Recommendation exactOfSize5(RecommendExactState s) {
    return Recommender.exactOfSize(s.problem, s.params, 5);
  }

  /** All sets of exactly 10 models, parallel. */
  @Benchmark
  public Recommendation exactOfSize10(RecommendExactState s) {
    return Recommender.exactOfSize(s.problem, s.params, 10);
  }
}
