package dev.llmchem.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.llmchem.engine.testutil.Seeds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Runner-ups equal the k best of every subset sorted by the naive loss; the first is exact's. */
class RunnerUpsTest {
  @Test
  void theBestKAreTheNaiveSortsFirstK() {
    long seed = Seeds.seed("theBestKAreTheNaiveSortsFirstK");
    Random rnd = new Random(seed);
    for (int round = 0; round < 60; round++) {
      int n = 2 + rnd.nextInt(11);
      String[] names = new String[n];
      double[] chem = new double[n * n];
      for (int i = 0; i < n; i++) {
        names[i] = String.format("m%02d", i);
        for (int j = i + 1; j < n; j++) {
          double x = rnd.nextInt(4) == 0 ? 0 : rnd.nextDouble();
          chem[i * n + j] = x;
          chem[j * n + i] = x;
        }
      }
      RecommendProblem p = RecommendProblem.of(names, chem, true, new long[] {3}, new double[n],
          new double[n]);
      RecommendParams params = RecommendParams.DEFAULTS.withBeta(rnd.nextDouble())
          .withMinSize(1 + rnd.nextInt(2));
      int size = rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(n) : 0;
      int k = 1 + rnd.nextInt(6);
      List<RunnerUps.Ranked> fast = RunnerUps.best(p, params, size, k);
      List<RunnerUps.Ranked> naive = new ArrayList<>();
      for (long m = 1; m < 1L << n; m++) {
        int c = Long.bitCount(m);
        if (size > 0 ? c != size : c < params.minSize()) {
          continue;
        }
        double l = NaiveLoss.loss(n, chem, m, p.maxTotalChem(), p.maxInterChem(),
            params.alpha(), params.beta());
        if (l < Double.POSITIVE_INFINITY) {
          naive.add(new RunnerUps.Ranked(m, l));
        }
      }
      naive.sort(Comparator.comparingDouble(RunnerUps.Ranked::loss));
      String what = "round " + round + " n " + n + " size " + size + " k " + k;
      assertThat(fast).as(what).hasSize(Math.min(k, naive.size()));
      for (int i = 0; i < fast.size(); i++) {
        assertThat(fast.get(i).loss()).as(what + " #" + i)
            .isCloseTo(naive.get(i).loss(), within(1e-9));
      }
      if (p.anyPositive() && !fast.isEmpty()
          && (naive.size() < 2 || naive.get(1).loss() - naive.get(0).loss() > 1e-9)) {
        long exact = size > 0 ? Recommender.exactOfSize(p, params, size, null).mask()
            : Recommender.exactSequential(p, params).mask();
        assertThat(fast.get(0).mask()).as(what + " exact").isEqualTo(exact);
      }
    }
  }
}
