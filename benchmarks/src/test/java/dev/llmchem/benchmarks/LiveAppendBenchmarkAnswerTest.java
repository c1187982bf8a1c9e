package dev.llmchem.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.Chemistry;
import dev.llmchem.engine.LiveAnalysis;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.history.HistoryBuilder;
import dev.llmchem.engine.history.Strategy;
import dev.llmchem.engine.live.LiveRow;
import dev.llmchem.engine.profile.AnalysisOptions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The live benchmark's operations answer as a rebuild does, on a small history. */
class LiveAppendBenchmarkAnswerTest {
  @Test
  void appendsAnswerAsARebuild() {
    for (int u : new int[] {12, 20}) {
      LiveAppendBenchmark b = new LiveAppendBenchmark();
      b.rows = 4000;
      b.tasks = 40;
      b.u = u;
      b.setUp();
      assertThat(b.live.snapshot().tasks()).hasSize(40);
      assertThat(b.live.snapshot().tasks().get(0).analysis().used().size()).isEqualTo(u);
      LiveAnalysis.Task before = b.live.snapshot().tasks().get(1);
      long gen = b.live.snapshot().generation();
      b.appendNoChange();
      assertThat(b.live.snapshot().generation()).isEqualTo(gen + 1);
      assertThat(b.live.snapshot().tasks().get(1)).isSameAs(before);
      for (int i = 0; i < 5; i++) {
        b.appendChangesOneProfile();
      }
      HistoryBuilder all = new HistoryBuilder("all", false);
      double[] nums = new double[7];
      Arrays.fill(nums, Double.NaN);
      for (int r = 0; r < b.history.rows(); r++) {
        nums[0] = b.history.quality(r);
        nums[1] = b.history.accuracy(r);
        all.add(b.history.modelName(b.history.model(r)), b.history.taskName(b.history.task(r)),
            b.history.trialName(b.history.trial(r)), null, b.history.strategy(r), nums,
            b.history.line(r), null);
      }
      for (LiveRow r : b.appended) {
        nums[0] = r.quality();
        nums[1] = r.accuracy();
        all.add(r.model(), r.task(), r.trial(), null, Strategy.RANDOM.code(), nums, 0, null);
      }
      TaskAnalysis want = Analysis.of(all.build(), AnalysisOptions.defaults()).tasks().get(0);
      LiveAnalysis.Task got = b.live.snapshot().tasks().get(0);
      Chemistry wc = want.chemistry();
      assertThat(got.chemistry().matrix()).isEqualTo(wc.matrix());
      assertThat(got.recommendation()).isEqualTo(wc.recommend());
      assertThat(b.fullRebuild()).isGreaterThan(0.0);
    }
  }
}
