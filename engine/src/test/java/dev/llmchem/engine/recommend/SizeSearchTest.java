package dev.llmchem.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** Target size N: both methods against their naive twins and each other. */
class SizeSearchTest {

  @Test
  void exactOfSizeEqualsBruteForceOverCombinations() {
    long seed = RandomProblems.seed();
    Random rnd = new Random(seed);
    for (int t = 0; t < 400; t++) {
      int n = 1 + rnd.nextInt(14);
      int size = 1 + rnd.nextInt(n);
      boolean dyadic = t % 4 != 0;
      RecommendProblem p = RandomProblems.problem(rnd, n, dyadic);
      RecommendParams params = dyadic ? RandomProblems.params(rnd) : RecommendParams.DEFAULTS;
      Recommendation seq = Recommender.exactOfSize(p, params, size, null);
      Recommendation par = Recommender.exactOfSize(p, params, size);
      assertThat(par.mask()).as("seed %d case %d", seed, t).isEqualTo(seq.mask());
      if (!p.anyPositive()) {
        assertThat(seq.reason()).isEqualTo(Reason.NO_VALID_CONFIGURATIONS);
        continue;
      }
      long naive = NaiveSizeSearch.exact(n, p.chem, params, size);
      if (dyadic) {
        assertThat(seq.mask()).as("seed %d case %d n=%d N=%d", seed, t, n, size)
            .isEqualTo(naive);
      } else if (naive != 0) {
        assertThat(seq.loss()).as("seed %d case %d", seed, t)
            .isCloseTo(p.loss(naive, params), within(1e-9));
      }
      if (seq.isPresent()) {
        assertThat(Long.bitCount(seq.mask())).isEqualTo(size);
      }
    }
  }

  @Test
  void localSearchOfSizeEqualsTheNaiveTwin() {
    long seed = RandomProblems.seed();
    Random rnd = new Random(seed);
    for (int t = 0; t < 800; t++) {
      int n = 1 + rnd.nextInt(16);
      int size = 1 + rnd.nextInt(n);
      boolean dyadic = t % 3 != 0;
      RecommendProblem p = RandomProblems.problem(rnd, n, dyadic);
      RecommendParams params = dyadic ? RandomProblems.params(rnd) : RecommendParams.DEFAULTS;
      Recommendation r = Recommender.referenceOfSize(p, params, size);
      if (!p.anyPositive() || p.xq.length == 0) {
        assertThat(r.reason()).isEqualTo(Reason.NO_VALID_CONFIGURATIONS);
        continue;
      }
      long naive = NaiveSizeSearch.localSearch(n, p.chem, p.xq, params, size);
      assertThat(r.mask()).as("seed %d case %d n=%d N=%d", seed, t, n, size).isEqualTo(naive);
      if (r.isPresent()) {
        assertThat(Long.bitCount(r.mask())).isEqualTo(size);
        Recommendation ex = Recommender.exactOfSize(p, params, size);
        assertThat(ex.loss()).isLessThanOrEqualTo(r.loss() + LossKernel.tolerance(p.maxT));
      }
    }
  }

  @Test
  void largePoolsWithSmallTargetsAndRefusals() {
    long seed = RandomProblems.seed();
    Random rnd = new Random(seed);
    RecommendProblem p = RandomProblems.problem(rnd, 64, true);
    if (p.anyPositive()) {
      Recommendation ex = Recommender.exactOfSize(p, RecommendParams.DEFAULTS, 3);
      assertThat(Long.bitCount(ex.mask())).as("seed %d", seed).isEqualTo(3);
      assertThat(ex.details().evaluations()).isEqualTo(41664);
    }
    assertThatThrownBy(() -> Recommender.exactOfSize(p, RecommendParams.DEFAULTS, 32))
        .hasMessageContaining("combinations");
    assertThatThrownBy(() -> Recommender.referenceOfSize(p, RecommendParams.DEFAULTS, 65))
        .hasMessageContaining("target size");
    assertThatThrownBy(() -> Recommender.exactOfSize(p, RecommendParams.DEFAULTS, 0))
        .hasMessageContaining("target size");
  }
}
