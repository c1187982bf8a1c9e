package dev.llmchem.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.benchmarks.state.RunnerUpsState;
import dev.llmchem.engine.recommend.NaiveRunnerUps;
import dev.llmchem.engine.recommend.RecommendProblem;
import dev.llmchem.engine.recommend.RunnerUps;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each runner-up benchmark method once on n = 12, checked against the naive twin. */
class RunnerUpsBenchmarkTest {
  private static double[] chem(RecommendProblem p) {
    return RecommendBenchmarkTest.chem(p);
  }

  @Test
  void everyMethodComputesTheNaiveTwinsAnswer() {
    RunnerUpsBenchmark b = new RunnerUpsBenchmark();
    for (String kind : new String[] {"random", "binary"}) {
      RunnerUpsState s = new RunnerUpsState();
      s.n = 12;
      s.kind = kind;
      s.setUp();
      List<RunnerUps.Ranked> naive = NaiveRunnerUps.best(12, chem(s.problem), s.params, 0,
          RunnerUpsBenchmark.K);
      assertThat(naive).hasSize(RunnerUpsBenchmark.K);
      assertThat(b.topKParallel(s)).as(kind).isEqualTo(naive);
      assertThat(b.topKSequential(s)).as(kind).isEqualTo(naive);
      assertThat(b.topKOfSize5(s)).as(kind).isEqualTo(NaiveRunnerUps.best(12, chem(s.problem),
          s.params, 5, RunnerUpsBenchmark.K));
      assertThat(b.exactParallel(s).loss()).as(kind).isEqualTo(naive.get(0).loss());
    }
    RunnerUpsBenchmark.WalkState w = new RunnerUpsBenchmark.WalkState();
    w.walkN = 12;
    w.setUp();
    long[] walk = b.grayWalk(w);
    List<RunnerUps.Ranked> naive = NaiveRunnerUps.best(12, chem(w.problem), w.params, 0,
        RunnerUpsBenchmark.K);
    for (int i = 0; i < walk.length; i++) { // distinct losses here: the old walk agrees
      assertThat(walk[i]).as("#%d", i).isEqualTo(naive.get(i).mask());
    }
    assertThat(walk).hasSize(naive.size());
  }
}
