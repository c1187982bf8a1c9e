package dev.llmchem.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.llmchem.engine.control.ProgressListener;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The exact search against brute force, the parallel entry point and the local search. */
class ExactSearchTest {

  @Test
  void exactEqualsBruteForceOnExactArithmetic() {
    long seed = RandomProblems.seed();
    Random rnd = new Random(seed);
    for (int t = 0; t < 400; t++) {
      int n = 1 + rnd.nextInt(12);
      RecommendProblem p = RandomProblems.problem(rnd, n, true);
      RecommendParams params = RandomProblems.params(rnd);
      long naive = p.anyPositive() ? NaiveExactSearch.optimum(n, p.chem, params) : 0;
      Recommendation seq = Recommender.exactSequential(p, params);
      Recommendation par = Recommender.exact(p, params);
      assertThat(seq.mask()).as("seed %d case %d %s", seed, t, params).isEqualTo(naive);
      assertThat(par.mask()).as("seed %d case %d", seed, t).isEqualTo(naive);
      assertThat(seq.reason()).isEqualTo(naive == 0 ? Reason.NO_VALID_CONFIGURATIONS
          : Reason.EXACT);
    }
  }

  @Test
  void highHalfIsExercisedAbove14Models() {
    long seed = RandomProblems.seed();
    Random rnd = new Random(seed);
    for (int t = 0; t < 4; t++) {
      int n = 15 + rnd.nextInt(2);
      RecommendProblem p = RandomProblems.problem(rnd, n, true);
      long naive = p.anyPositive() ? NaiveExactSearch.optimum(n, p.chem,
          RecommendParams.DEFAULTS) : 0;
      assertThat(Recommender.exact(p, RecommendParams.DEFAULTS).mask())
          .as("seed %d case %d", seed, t).isEqualTo(naive);
    }
  }

  @Test
  void arbitraryDoublesAgreeOnTheLossAndParallelAgreesOnTheSet() {
    long seed = RandomProblems.seed();
    Random rnd = new Random(seed);
    ForkJoinPool pool = new ForkJoinPool(3);
    try {
      for (int t = 0; t < 150; t++) {
        int n = 2 + rnd.nextInt(16);
        RecommendProblem p = RandomProblems.problem(rnd, n, false);
        Recommendation seq = Recommender.exactSequential(p, RecommendParams.DEFAULTS);
        Recommendation par = Recommender.exact(p, RecommendParams.DEFAULTS, pool,
            ProgressListener.NONE);
        assertThat(par.mask()).as("seed %d case %d", seed, t).isEqualTo(seq.mask());
        if (!p.anyPositive()) {
          continue;
        }
        long naive = NaiveExactSearch.optimum(n, p.chem, RecommendParams.DEFAULTS);
        assertThat(seq.isPresent()).isEqualTo(naive != 0);
        if (naive != 0) {
          assertThat(seq.loss()).as("seed %d case %d", seed, t)
              .isCloseTo(p.loss(naive, RecommendParams.DEFAULTS), within(1e-9));
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void exactIsNeverWorseThanTheLocalSearch() {
    long seed = RandomProblems.seed();
    Random rnd = new Random(seed);
    int strictlyBetter = 0;
    for (int t = 0; t < 300; t++) {
      int n = 2 + rnd.nextInt(18);
      RecommendProblem p = RandomProblems.problem(rnd, n, rnd.nextBoolean());
      RecommendParams params = RandomProblems.params(rnd);
      Recommendation ls = Recommender.reference(p, params);
      if (!ls.isPresent()) {
        continue;
      }
      Recommendation ex = Recommender.exact(p, params);
      assertThat(ex.isPresent()).isTrue();
      assertThat(ex.loss()).as("seed %d case %d", seed, t)
          .isLessThanOrEqualTo(ls.loss() + LossKernel.tolerance(p.maxT));
      if (ex.loss() < ls.loss() - 1e-9) {
        strictlyBetter++;
      }
    }
    assertThat(strictlyBetter).as("the exact search finds better sets sometimes")
        .isPositive();
  }

  @Test
  void progressIsReportedAndTooManyModelsAreRefused() {
    Random rnd = new Random(7);
    RecommendProblem p = RandomProblems.problem(rnd, 17, true);
    AtomicLong units = new AtomicLong();
    ProgressListener l = new ProgressListener() {
      @Override public void start(String task, long total) {
        assertThat(total).isEqualTo(1L << 17);
      }

      @Override public void advance(long u) {
        units.addAndGet(u);
      }

      @Override public void finish() { }
    };
    if (p.anyPositive()) {
      Recommender.exact(p, RecommendParams.DEFAULTS, ForkJoinPool.commonPool(), l);
      assertThat(units.get()).isEqualTo(1L << 17);
    }
    RecommendProblem big = RecommendProblem.of(RandomProblems.names(31), new double[31 * 31],
        true, new long[0], new double[31], new double[31]);
    assertThatThrownBy(() -> Recommender.exact(big, RecommendParams.DEFAULTS))
        .isInstanceOf(dev.llmchem.engine.control.LimitException.class)
        .hasMessageContaining("|S| <= 30").hasMessageContaining("|S| = 31")
        .hasMessageContaining("RECOMMEND's reference local search")
        .satisfies(e -> assertThat(((dev.llmchem.engine.control.LimitException) e).alternatives())
            .startsWith(dev.llmchem.engine.control.LimitException.Alternative.LOCAL_SEARCH));
  }
}
