package dev.llmchem.engine.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.Bootstrap;
import dev.llmchem.engine.Chemistry;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.io.IngestOptions;
import dev.llmchem.engine.profile.Aggregate;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.profile.TaskProfiles;
import dev.llmchem.engine.recommend.Recommendation;
import dev.llmchem.engine.testutil.Seeds;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Differential: each replicate's profiles, chemistry and recommendation, built from per-unit
 * candidate rows ({@link TaskSample}), equal those of an analysis of a history rebuilt from
 * the drawn rows ({@link BootstrapOracle}), for every aggregation and unit, on random histories
 * (trials split across tasks, repeated models in a trial, ties of a, CHEMISTRY rows).
 */
class BootstrapOracleTest {
  @Test
  void replicatesEqualAnalysesOfTheResampledRows() {
    long seed = Seeds.seed("replicatesEqualAnalysesOfTheResampledRows");
    Random rnd = new Random(seed);
    int checked = 0;
    for (int round = 0; round < 12; round++) {
      String csv = RandomHistories.csv(rnd, 1 + rnd.nextInt(3), 5 + rnd.nextInt(25),
          3 + rnd.nextInt(6));
      for (Aggregate agg : Aggregate.values()) {
        Analysis an = Analysis.of(HistoryReader.read("h.csv", csv, IngestOptions.defaults())
            .history(), AnalysisOptions.defaults().withAggregate(agg)
            .withChemistryRows(rnd.nextBoolean()));
        Bootstrap bs = Bootstrap.of(an);
        for (Unit unit : Unit.values()) {
          BootstrapOptions o = BootstrapOptions.of(8).withSeed(rnd.nextLong()).withUnit(unit);
          for (TaskAnalysis t : an.tasks()) {
            for (int r = 0; r < 4; r++) {
              String what = "round " + round + " " + agg + " " + unit + " task '"
                  + t.prototype() + "' replicate " + r;
              TaskAnalysis fast = bs.replicate(t, o, r);
              TaskAnalysis naive = BootstrapOracle.replicate(an, t, unit, bs.counts(t, o, r));
              compare(what, fast, naive);
              checked++;
            }
          }
        }
      }
    }
    System.out.println("replicatesEqualAnalysesOfTheResampledRows: " + checked + " replicates");
  }

  private static void compare(String what, TaskAnalysis fast, TaskAnalysis naive) {
    TaskProfiles f = fast.profiles();
    String[] s = fast.models();
    for (int i = 0; i < s.length; i++) {
      int j = naive.profiles().indexOf(s[i]);
      assertThat(f.has(i)).as(what + " has " + s[i]).isEqualTo(naive.profiles().has(j));
      if (!f.has(i)) {
        continue;
      }
      assertThat(f.q(i)).as(what + " q " + s[i]).isEqualTo(naive.profiles().q(j));
      assertThat(f.a(i)).as(what + " a " + s[i]).isEqualTo(naive.profiles().a(j));
      assertThat(f.trial(i)).as(what + " trial " + s[i]).isEqualTo(naive.profiles().trial(j));
    }
    assertThat(naive.models()).isEqualTo(s);
    Chemistry fc = fast.chemistry();
    Chemistry nc = naive.chemistry();
    for (int i = 0; i < s.length; i++) {
      for (int k = i + 1; k < s.length; k++) {
        assertThat(fc.chem(s[i], s[k])).as(what + " chem " + s[i] + " " + s[k])
            .isCloseTo(nc.chem(s[i], s[k]), within(1e-12));
        assertThat(fc.hasEntry(s[i], s[k])).isEqualTo(nc.hasEntry(s[i], s[k]));
      }
    }
    if (s.length > Chemistry.RECOMMEND_MAX_S) {
      return;
    }
    Recommendation fr = fc.recommend();
    Recommendation nr = nc.recommend();
    assertThat(fr.reason()).as(what + " reason").isEqualTo(nr.reason());
    assertThat(fc.names(fr)).as(what + " set").isEqualTo(nc.names(nr));
    if (!Double.isNaN(nr.loss())) {
      assertThat(fr.loss()).as(what + " loss").isCloseTo(nr.loss(), within(1e-12));
    }
  }
}
