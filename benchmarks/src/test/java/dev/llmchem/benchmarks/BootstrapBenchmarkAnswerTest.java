package dev.llmchem.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.llmchem.benchmarks.baseline.RebuiltReplicate;
import dev.llmchem.benchmarks.state.DataSets;
import dev.llmchem.engine.Chemistry;
import dev.llmchem.engine.bootstrap.BootstrapOptions;
import dev.llmchem.engine.bootstrap.TaskBootstrap;
import dev.llmchem.engine.profile.TaskProfiles;
import dev.llmchem.engine.recommend.Recommendation;
import org.junit.jupiter.api.Test;

/** The bootstrap benchmark measures the right thing: each method's answer is checked. */
class BootstrapBenchmarkAnswerTest {
  @Test
  void replicatesAgreeWithTheRebuiltTwinAndRunsAreComplete() {
    BootstrapBenchmark b = new BootstrapBenchmark();
    b.data = DataSets.RUNS2;
    b.setUp();
    for (int r = 0; r < 5; r++) {
      int[] counts = b.draws[r];
      b.next = r;
      TaskProfiles p = b.profiles();
      RebuiltReplicate.Result naive = RebuiltReplicate.run(b.analysis, b.rows, b.unitOf,
          counts);
      BootstrapOptions o = BootstrapOptions.of(5).withSeed(DataSets.SEED);
      assertThat(b.bootstrap.counts(b.task, o, r)).isEqualTo(counts);
      Chemistry fast = b.bootstrap.replicate(b.task, o, r).chemistry();
      Recommendation fr = fast.recommend();
      assertThat(fast.names(fr)).isEqualTo(naive.set());
      assertThat(fr.loss()).isCloseTo(naive.loss(), within(1e-12));
      int trials = 0;
      for (int c : counts) {
        trials += c;
      }
      assertThat(trials).isEqualTo(b.sample.units());
      // the rebuilt history holds exactly the models with a profile in the replicate
      int has = 0;
      for (int i = 0; i < p.universeSize(); i++) {
        has += p.has(i) ? 1 : 0;
      }
      assertThat(has).isPositive();
    }
    TaskBootstrap one = b.replicate();
    assertThat(one.replicates()).isEqualTo(BootstrapBenchmark.B);
    assertThat(one.pairs()).hasSize(b.point.entryCount());
    TaskBootstrap all = b.run1000();
    assertThat(all.replicates()).isEqualTo(1000);
    assertThat(all.recommend().sets()).isNotEmpty();
  }
}
