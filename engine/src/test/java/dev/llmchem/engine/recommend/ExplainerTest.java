package dev.llmchem.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.llmchem.engine.testutil.Seeds;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** An explanation adds up: its terms give the loss, its members give intra and inter. */
class ExplainerTest {
  @Test
  void termsAndMembersAddUpToTheLoss() {
    long seed = Seeds.seed("termsAndMembersAddUpToTheLoss");
    Random rnd = new Random(seed);
    for (int round = 0; round < 40; round++) {
      int n = 2 + rnd.nextInt(9);
      String[] names = new String[n];
      double[] chem = new double[n * n];
      for (int i = 0; i < n; i++) {
        names[i] = "m" + (char) ('a' + i);
        for (int j = i + 1; j < n; j++) {
          double x = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(2) == 0 ? 1 : rnd.nextDouble();
          chem[i * n + j] = x;
          chem[j * n + i] = x;
        }
      }
      long[] xq = {rnd.nextLong() & ((1L << n) - 1), rnd.nextLong() & ((1L << n) - 1)};
      RecommendProblem p = RecommendProblem.of(names, chem, true, xq, new double[n],
          new double[n]);
      RecommendParams params = RecommendParams.DEFAULTS;
      Recommendation r = rnd.nextBoolean() ? Recommender.reference(p, params)
          : Recommender.exactSequential(p, params);
      Explanation e = Explainer.explain(p, r, params, 0, null);
      String what = "round " + round + " " + r.reason();
      assertThat(e.maxT()).isEqualTo(p.maxTotalChem());
      double cut = 0;
      for (String a : e.cutA()) {
        for (String b : e.cutB()) {
          cut += p.chem(java.util.Arrays.asList(names).indexOf(a),
              java.util.Arrays.asList(names).indexOf(b));
        }
      }
      assertThat(cut).as(what + " cut").isCloseTo(e.maxI(), within(1e-9));
      double inside = 0;
      double outside = 0;
      for (Explanation.Member m : e.members()) {
        inside += m.inside();
        outside += m.outside();
      }
      assertThat(inside / 2).as(what).isCloseTo(e.intra(), within(1e-9));
      assertThat(outside).as(what).isCloseTo(e.inter(), within(1e-9));
      if (r.isPresent() && !Double.isNaN(r.loss())) {
        assertThat(e.interTerm() + e.intraTerm() + e.sizeTerm()).as(what)
            .isCloseTo(r.loss(), within(1e-9));
        assertThat(e.runnerUps()).isNotEmpty();
        assertThat(e.runnerUps().get(0).margin()).isLessThanOrEqualTo(1e-9);
        if (r.reason() == Reason.EXACT) { // nothing beats the optimum (ties may rank first)
          assertThat(e.runnerUps().get(0).margin()).as(what).isCloseTo(0.0, within(1e-9));
        }
      }
    }
  }
}
