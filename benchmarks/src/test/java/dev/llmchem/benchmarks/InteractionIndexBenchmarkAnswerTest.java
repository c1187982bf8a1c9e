package dev.llmchem.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.llmchem.benchmarks.state.PoolState;
import org.junit.jupiter.api.Test;

/** Every method of InteractionIndexBenchmark runs once on a small table; answers agree. */
class InteractionIndexBenchmarkAnswerTest {
  @Test
  void everyMethodGivesTheSameMatrix() {
    for (String index : new String[] {"shapley", "banzhaf"}) {
      InteractionIndexBenchmark b = new InteractionIndexBenchmark();
      b.u = 10;
      b.index = index;
      b.setUp();
      PoolState pool = new PoolState();
      pool.threads = 2;
      pool.up();
      try {
        double[] naive = b.naive();
        double[] seq = b.directSequential();
        assertThat(b.directParallel(pool)).containsExactly(seq);
        for (double[] other : new double[][] {seq, b.moebius(), b.eq1ClosedForm()}) {
          assertThat(other).hasSize(100);
          for (int k = 0; k < naive.length; k++) {
            assertThat(other[k]).isCloseTo(naive[k], within(1e-12));
          }
        }
        assertThat(naive[1]).isNotZero();
      } finally {
        pool.down();
      }
      b.u = 21;
      assertThatThrownBy(b::naive).hasMessageContaining("above |U| = 20");
    }
  }
}
