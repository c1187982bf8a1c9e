package dev.llmchem.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The reference local search against its naive twin, the fallback and the gates. */
class ReferenceSearchTest {

  @Test
  void localSearchEqualsTheNaiveTwinOnExactArithmetic() {
    long seed = RandomProblems.seed();
    Random rnd = new Random(seed);
    int present = 0;
    for (int t = 0; t < 1500; t++) {
      int n = 1 + rnd.nextInt(16);
      RecommendProblem p = RandomProblems.problem(rnd, n, true);
      RecommendParams params = RandomProblems.params(rnd);
      Recommendation r = Recommender.reference(p, params);
      long naive = NaiveLocalSearch.recommend(n, p.chem, p.xq, params);
      assertThat(r.mask()).as("seed %d case %d: %s %s", seed, t, p, params).isEqualTo(naive);
      if (r.isPresent()) {
        present++;
        assertThat(r.reason()).isEqualTo(Reason.LOCAL_SEARCH);
        assertThat(r.loss()).isEqualTo(NaiveLoss.loss(n, p.chem, r.mask(),
            NaiveLoss.maxTotal(n, p.chem), NaiveLoss.maxInter(n, p.chem), params.alpha(),
            params.beta()));
        assertThat(Long.bitCount(r.mask())).isGreaterThanOrEqualTo(params.minSize());
      } else {
        assertThat(r.reason()).isEqualTo(Reason.NO_VALID_CONFIGURATIONS);
        assertThat(r.loss()).isNaN();
      }
    }
    assertThat(present).as("the random cases exercise the search").isGreaterThan(500);
  }

  @Test
  void arbitraryDoublesGiveTheNaiveLossToRounding() {
    long seed = RandomProblems.seed();
    Random rnd = new Random(seed);
    for (int t = 0; t < 1500; t++) {
      int n = 2 + rnd.nextInt(14);
      RecommendProblem p = RandomProblems.problem(rnd, n, false);
      Recommendation r = Recommender.reference(p, RecommendParams.DEFAULTS);
      long naive = NaiveLocalSearch.recommend(n, p.chem, p.xq, RecommendParams.DEFAULTS);
      // losses equal to 1e-12 count as ties in both, so even real-arithmetic ties agree
      assertThat(r.mask()).as("seed %d case %d", seed, t).isEqualTo(naive);
      if (naive != 0) {
        double nl = p.loss(naive, RecommendParams.DEFAULTS);
        assertThat(r.loss()).as("seed %d case %d", seed, t)
            .isCloseTo(nl, org.assertj.core.api.Assertions.within(1e-9));
      }
    }
  }

  private static RecommendProblem noEntries(double[] a, double[] q, long... xq) {
    int n = a.length;
    return RecommendProblem.of(RandomProblems.names(n), new double[n * n], false, xq, a, q);
  }

  @Test
  void fallbackAllGoodPicksLargestAThenQThenShortestNameThenName() {
    String[] names = {"bb", "a", "ccc", "d"};
    java.util.Arrays.sort(names); // a, bb, ccc, d
    double[] a = {0.95, 0.97, 0.97, 0.97};
    double[] q = {9.5, 9.8, 9.8, 9.8};
    RecommendProblem p = RecommendProblem.of(names, new double[16], false,
        new long[] {0b0011, 0b1100}, a, q);
    Recommendation r = Recommender.reference(p, RecommendParams.DEFAULTS);
    assertThat(r.reason()).isEqualTo(Reason.FALLBACK_ALL_GOOD);
    assertThat(r.names(p)).containsExactly("d"); // bb, ccc, d tie on a and q; d is shortest
    assertThat(r.loss()).isNaN();
    assertThat(r.reason().jsonName()).isEqualTo("fallback-all-good");
  }

  @Test
  void fallbackTieOnEverythingGoesToTheFirstName() {
    RecommendProblem p = noEntries(new double[] {0.8, 0.8, 0.8}, new double[] {7, 7, 7}, 0b110);
    Recommendation r = Recommender.reference(p, RecommendParams.DEFAULTS);
    assertThat(r.reason()).isEqualTo(Reason.FALLBACK_MIXED);
    assertThat(r.mask()).isEqualTo(0b010);
  }

  @Test
  void fallbackAllBadAndEmptyHistory() {
    RecommendProblem bad = noEntries(new double[] {0.5, 0.1}, new double[] {5, 2}, 0b11);
    Recommendation r = Recommender.reference(bad, RecommendParams.DEFAULTS);
    assertThat(r.reason()).isEqualTo(Reason.FALLBACK_ALL_BAD);
    assertThat(r.isPresent()).isFalse();
    // a model outside the union of X_Q does not count
    RecommendProblem mixed = noEntries(new double[] {0.5, 0.1, 0.99}, new double[] {5, 2, 9.9},
        0b11);
    assertThat(Recommender.reference(mixed, RecommendParams.DEFAULTS).reason())
        .isEqualTo(Reason.FALLBACK_ALL_BAD);
    RecommendProblem empty = noEntries(new double[] {0.9}, new double[] {9});
    Recommendation e = Recommender.reference(empty, RecommendParams.DEFAULTS);
    assertThat(e.reason()).isEqualTo(Reason.NO_VALID_CONFIGURATIONS);
    assertThat(e.details().explanation()).contains("X_Q is empty");
  }

  @Test
  void filterCountsAreReported() {
    int n = 4;
    double[] chem = new double[n * n];
    chem[0 * n + 1] = chem[1 * n + 0] = 0.0; // an entry of value 0
    RecommendProblem p = RecommendProblem.of(RandomProblems.names(n), chem, true,
        new long[] {0b0001, 0b0011, 0b0011, 0b1100}, new double[n], new double[n]);
    Recommendation r = Recommender.reference(p, RecommendParams.DEFAULTS);
    assertThat(r.reason()).isEqualTo(Reason.NO_VALID_CONFIGURATIONS);
    assertThat(r.details().configurations()).isEqualTo(3);
    assertThat(r.details().tooSmall()).isEqualTo(1);
    assertThat(r.details().withoutChemistry()).isEqualTo(2);
  }

  @Test
  void invalidInputsAreRefusedWithAReason() {
    String[] names = {"a", "b"};
    double[] asym = {0, 0.5, 0.25, 0};
    assertThatThrownBy(() -> RecommendProblem.of(names, asym, true, new long[0], new double[2],
        new double[2])).hasMessageContaining("symmetric");
    assertThatThrownBy(() -> RecommendProblem.of(new String[] {"b", "a"}, new double[4], true,
        new long[0], new double[2], new double[2])).hasMessageContaining("ascending");
    assertThatThrownBy(() -> RecommendProblem.of(names, new double[4], true, new long[] {4},
        new double[2], new double[2])).hasMessageContaining("index >= n");
    assertThatThrownBy(() -> new RecommendParams(1.5, 0.5, 10, 2))
        .hasMessageContaining("alpha");
  }
}
