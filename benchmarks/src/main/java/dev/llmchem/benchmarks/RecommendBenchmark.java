package dev.llmchem.benchmarks;

import dev.llmchem.benchmarks.state.RecommendState;
import dev.llmchem.engine.recommend.NaiveLocalSearch;
import dev.llmchem.engine.recommend.Recommendation;
import dev.llmchem.engine.recommend.Recommender;
import dev.llmchem.engine.recommend.RecommendProblem;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of the reference RECOMMEND (local search from X_Q) from a warm state, with the naive
 * twin (full recomputation of every neighbour) as baseline. Goal: p99 &lt; 1 ms at n = 20.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RecommendBenchmark {

  /** The reference method (what {@code chem recommend} runs). */
  @Benchmark
  public Recommendation reference(RecommendState s) {
    return Recommender.reference(s.problem, s.params);
  }

  /** Local search for exactly 5 models (the paper's N = 5). */
  @Benchmark
  public Recommendation referenceOfSize5(RecommendState s) {
    return Recommender.referenceOfSize(s.problem, s.params, Math.min(5, s.n));
  }

  /** Baseline: the naive twin, every neighbour's loss recomputed from scratch. */
  @Benchmark
  public long naiveReference(RecommendState s) {
    RecommendProblem p = s.problem;
    double[] chem = new double[p.size() * p.size()];
    for (int i = 0; i < p.size(); i++) {
      for (int j = 0; j < p.size(); j++) {
        chem[i * p.size() + j] = p.chem(i, j);
      }
    }
    return NaiveLocalSearch.recommend(p.size(), chem, p.configurations(), s.params);
  }
}
