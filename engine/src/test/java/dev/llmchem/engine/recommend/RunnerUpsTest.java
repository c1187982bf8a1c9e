package dev.llmchem.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.testutil.Seeds;
import dev.llmchem.engine.testutil.Stopper;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The top-k search ({@link TopKSearch} through {@link RunnerUps}) against its naive twin
 * ({@link NaiveRunnerUps}): the same sets, the same losses (bit for bit) in the same order, for
 * random chemistry and parameters, many of them full of ties, with any split into chunks
 * (inner-loop bits 1..14) and 1 to 3 workers; and its first set against exact RECOMMEND.
 */
class RunnerUpsTest {
  private static ForkJoinPool pool;

  @BeforeAll
  static void startPool() {
    pool = new ForkJoinPool(3);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdown();
  }

  /** A chemistry matrix of one of five kinds, most of them rich in equal losses. */
  static double[] chem(Random rnd, int n) {
    int kind = rnd.nextInt(5);
    double[] c = new double[n * n];
    double[] levels = {0, 1, 0.5, 0.25};
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double v = switch (kind) {
          case 0 -> rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble();          // arbitrary doubles
          case 1 -> rnd.nextInt(9) / 8.0;                                // dyadic
          case 2 -> rnd.nextInt(3) == 0 ? 0 : 1;                         // 0/1, like real runs
          case 3 -> 1;                                                   // all equal
          default -> levels[rnd.nextInt(rnd.nextBoolean() ? 2 : 4)] * (i % 3 == j % 3 ? 1 : 0.5);
        };
        c[i * n + j] = v;
        c[j * n + i] = v;
      }
    }
    return c;
  }

  /** Dyadic parameters most of the time (exact products), arbitrary ones otherwise. */
  static RecommendParams params(Random rnd, int n) {
    RecommendParams p = RandomProblems.params(rnd);
    if (rnd.nextInt(4) == 0) {
      p = p.withAlpha(rnd.nextDouble()).withBeta(rnd.nextDouble() * 3 - 1);
    }
    return p.withMinSize(1 + rnd.nextInt(Math.min(n, 4)));
  }

  @Test
  void theTopKEqualTheNaiveTwinsSetsLossesAndOrder() {
    long seed = Seeds.seed("theTopKEqualTheNaiveTwinsSetsLossesAndOrder");
    Random rnd = new Random(seed);
    int compared = 0;
    for (int round = 0; round < 400; round++) {
      int n = round % 40 == 39 ? 17 + rnd.nextInt(2) : 1 + rnd.nextInt(14);
      double[] chem = chem(rnd, n);
      RecommendProblem p = RecommendProblem.of(RandomProblems.names(n), chem, true,
          new long[0], new double[n], new double[n]);
      RecommendParams params = params(rnd, n);
      int size = rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(n) : 0;
      int k = rnd.nextInt(4) == 0 ? rnd.nextInt(3) : 1 + rnd.nextInt(9);
      int low = 1 + rnd.nextInt(14);
      int workers = 1 + rnd.nextInt(3);
      String what = "seed " + seed + " round " + round + " n " + n + " size " + size + " k " + k
          + " low " + low + " workers " + workers + " " + params;
      List<RunnerUps.Ranked> fast = TopKSearch.search(p, params, size, k, low,
          workers == 1 ? null : pool, workers, ProgressListener.NONE);
      List<RunnerUps.Ranked> naive = NaiveRunnerUps.best(n, chem, params, size, k);
      assertThat(fast).as(what).isEqualTo(naive);
      compared += fast.size();
      if (low == 14) {
        assertThat(RunnerUps.best(p, params, size, k, pool, ProgressListener.NONE)).as(what)
            .isEqualTo(naive);
      }
    }
    assertThat(compared).as("lists compared").isGreaterThan(1000);
  }

  @Test
  void theFirstIsExactRecommendsAnswerWhenArithmeticIsExact() {
    long seed = Seeds.seed("theFirstIsExactRecommendsAnswerWhenArithmeticIsExact");
    Random rnd = new Random(seed);
    int checked = 0;
    for (int round = 0; round < 300; round++) {
      int n = 1 + rnd.nextInt(16);
      RecommendProblem p = RandomProblems.problem(rnd, n, true); // dyadic: every sum exact
      RecommendParams params = RandomProblems.params(rnd);
      int size = rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(n) : 0;
      if (!p.anyPositive()) {
        continue; // exact RECOMMEND answers nothing then; explanations give a note instead
      }
      Recommendation exact = size > 0 ? Recommender.exactOfSize(p, params, size, null)
          : Recommender.exactSequential(p, params);
      List<RunnerUps.Ranked> top = RunnerUps.best(p, params, size, 3);
      String what = "seed " + seed + " round " + round + " n " + n + " size " + size;
      if (!exact.isPresent()) {
        assertThat(top).as(what).isEmpty();
        continue;
      }
      assertThat(top.get(0).mask()).as(what).isEqualTo(exact.mask());
      assertThat(top.get(0).loss()).as(what).isEqualTo(exact.loss());
      checked++;
    }
    assertThat(checked).isGreaterThan(100);
  }

  @Test
  void arbitraryDoublesAgreeWithExactRecommendUnlessTheBestTwoNearlyTie() {
    long seed = Seeds.seed("arbitraryDoublesAgreeWithExactRecommendUnlessTheBestTwoNearlyTie");
    Random rnd = new Random(seed);
    for (int round = 0; round < 100; round++) {
      int n = 2 + rnd.nextInt(15);
      RecommendProblem p = RandomProblems.problem(rnd, n, false);
      RecommendParams params = RecommendParams.DEFAULTS.withBeta(rnd.nextDouble());
      List<RunnerUps.Ranked> top = RunnerUps.best(p, params, 0, 2);
      if (!p.anyPositive() || top.isEmpty()
          || top.size() == 2 && top.get(1).loss() - top.get(0).loss() < 1e-9) {
        continue;
      }
      assertThat(top.get(0).mask()).as("seed %d round %d", seed, round)
          .isEqualTo(Recommender.exact(p, params).mask());
    }
  }

  @Test
  void progressCoversEverySubsetAndCancellationStops() {
    Random rnd = new Random(11);
    RecommendProblem p = RecommendProblem.of(RandomProblems.names(17), chem(rnd, 17), true,
        new long[0], new double[17], new double[17]);
    Stopper go = new Stopper(Long.MAX_VALUE);
    RunnerUps.best(p, RecommendParams.DEFAULTS, 0, 5, pool, go);
    assertThat(go.total).isEqualTo(1L << 17);
    assertThat(go.units.get()).isEqualTo(1L << 17);
    Stopper stop = new Stopper(3);
    assertThatThrownBy(() -> RunnerUps.best(p, RecommendParams.DEFAULTS, 0, 5, pool, stop))
        .isInstanceOf(CancelledException.class).hasMessageContaining("runner-ups");
    assertThat(stop.units.get()).isLessThan(1L << 17);
  }

  @Test
  void moreThanThirtyModelsAreRefusedWithTheReason() {
    RecommendProblem big = RecommendProblem.of(RandomProblems.names(31), new double[31 * 31],
        true, new long[0], new double[31], new double[31]);
    assertThatThrownBy(() -> RunnerUps.best(big, RecommendParams.DEFAULTS, 0, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("|S| <= 30")
        .hasMessageContaining("|S| = 31");
  }
}
