package dev.llmchem.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fallback policies and thresholds of SPEC 7 step 1, as the reference's arguments. */
class FallbackPolicyTest {
  private static final String[] NAMES = {"aa", "b", "ccc"};

  private static RecommendProblem noEntries(double[] a, double[] q) {
    return RecommendProblem.of(NAMES, new double[9], false, new long[] {0b011, 0b100}, a, q);
  }

  private static Recommendation run(RecommendProblem p, FallbackPolicy f) {
    return Recommender.reference(p, RecommendParams.DEFAULTS.withFallback(f));
  }

  @Test
  void allGoodGivesTheBestModelOrAllOfV() {
    RecommendProblem p = noEntries(new double[] {0.95, 0.95, 0.92}, new double[] {9.5, 9.5, 9.9});
    Recommendation single = run(p, FallbackPolicy.DEFAULTS);
    assertThat(single.reason()).isEqualTo(Reason.FALLBACK_ALL_GOOD);
    assertThat(single.mask()).isEqualTo(0b010); // equal a and q: the shorter name
    Recommendation all = run(p, new FallbackPolicy(FallbackPolicy.Good.ALL,
        FallbackPolicy.Bad.NONE, 0.9, 9, 0.5, 5));
    assertThat(all.reason()).isEqualTo(Reason.FALLBACK_ALL_GOOD);
    assertThat(all.mask()).isEqualTo(0b111);
    assertThat(all.details().explanation()).contains("policy all");
  }

  @Test
  void allBadGivesNothingOrTheLeastBad() {
    RecommendProblem p = noEntries(new double[] {0.2, 0.4, 0.3}, new double[] {3, 2, 4});
    assertThat(run(p, FallbackPolicy.DEFAULTS).mask()).isZero();
    Recommendation single = run(p, new FallbackPolicy(FallbackPolicy.Good.SINGLE,
        FallbackPolicy.Bad.SINGLE, 0.9, 9, 0.5, 5));
    assertThat(single.reason()).isEqualTo(Reason.FALLBACK_ALL_BAD);
    assertThat(single.mask()).isEqualTo(0b010); // largest a
  }

  @Test
  void thresholdsMoveTheClassification() {
    RecommendProblem p = noEntries(new double[] {0.8, 0.85, 0.9}, new double[] {8, 8.5, 9});
    assertThat(run(p, FallbackPolicy.DEFAULTS).reason()).isEqualTo(Reason.FALLBACK_MIXED);
    Recommendation lower = run(p, new FallbackPolicy(FallbackPolicy.Good.ALL,
        FallbackPolicy.Bad.NONE, 0.8, 8, 0.5, 5));
    assertThat(lower.reason()).isEqualTo(Reason.FALLBACK_ALL_GOOD);
    assertThat(lower.mask()).isEqualTo(0b111);
    Recommendation higher = run(p, new FallbackPolicy(FallbackPolicy.Good.SINGLE,
        FallbackPolicy.Bad.SINGLE, 0.95, 9.5, 0.9, 9));
    assertThat(higher.reason()).isEqualTo(Reason.FALLBACK_ALL_BAD);
    assertThat(higher.mask()).isEqualTo(0b100);
  }
}
