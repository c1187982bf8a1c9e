package dev.llmchem.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.history.Strategy;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.io.IngestOptions;
import dev.llmchem.engine.profile.AnalysisOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Configurations, size groups and configuration chemistry on a small history worked by hand. */
class ConfigurationsTest {
  // Trials "A 1", "B 0", "C 1" of RANDOM; "A 1" of CHEMISTRY; one row without a strategy.
  private static final String CSV = "trial,model,task,id,quality,accuracy,strategy\n"
      + "A 1,m1,t,I1,9,0.9,RANDOM\n"
      + "B 0,m1,t,I1,8,0.8,RANDOM\n"
      + "A 1,m2,t,I2,7,0.7,RANDOM\n"
      + "A 1,m2,t,I3,7,0.7,RANDOM\n" // same (model, q, a): one member, two rows
      + "A 1,m2,t,I4,6,0.6,RANDOM\n" // m2 again with other scores: a second member
      + "C 1,m3,t,I1,5,0.5,RANDOM\n"
      + "A 1,m1,t,I1,9,0.9,CHEMISTRY\n"
      + "A 1,m3,t,I1,9,0.9,CHEMISTRY\n"
      + "A 1,m9,t,I1,9,0.9,\n";

  private static TaskEvaluation eval() {
    Analysis an = Analysis.of(HistoryReader.read("cfg", CSV, IngestOptions.defaults()).history(),
        AnalysisOptions.defaults());
    return TaskEvaluation.of(an, an.tasks().get(0), EvalOptions.defaults());
  }

  @Test
  void groupsRowsByTrialAndStrategy() {
    Configurations cs = eval().configurations();
    List<Configuration> random = cs.of(Strategy.RANDOM);
    // Order: trial numbers in first appearance ("1" then "0"), then trials: A 1, C 1, B 0.
    assertThat(random).extracting(Configuration::trial).containsExactly("A 1", "C 1", "B 0");
    Configuration a = random.get(0);
    assertThat(a.rows()).isEqualTo(4);
    assertThat(a.size()).isEqualTo(3); // m1, m2 (7, 0.7), m2 (6, 0.6)
    assertThat(a.accuracy()).containsExactly(0.9, 0.7, 0.6);
    assertThat(cs.of(Strategy.CHEMISTRY)).singleElement()
        .satisfies(c -> assertThat(c.rows()).isEqualTo(2));
    // The row without a strategy is in no configuration.
    assertThat(cs.of(Strategy.LOCAL)).isEmpty();
  }

  @Test
  void sizeGroupsFollowEachScriptsRule() {
    Configurations cs = eval().configurations();
    // Single-row configurations (C 1, B 0) are in N=3 for RQ2/RQ3 only; A 1 (4 rows) in N=5.
    assertThat(cs.of(Strategy.RANDOM, SizeGroup.N3, SizeGroup.Rule.RQ1)).isEmpty();
    assertThat(cs.of(Strategy.RANDOM, SizeGroup.N3, SizeGroup.Rule.RQ2_RQ3)).hasSize(2);
    assertThat(cs.of(Strategy.RANDOM, SizeGroup.N5, SizeGroup.Rule.RQ1)).hasSize(1);
    assertThat(SizeGroup.N10.contains(6, SizeGroup.Rule.RQ1)).isTrue();
    assertThat(SizeGroup.N5.contains(6, SizeGroup.Rule.RQ1)).isFalse();
  }

  @Test
  void configurationChemistryIsTheMeanOverMemberPairs() {
    // chem(0,1) = 0.4, chem(0,2) = 0.2, chem(1,2) = 0.6 by S index; model 3 is outside S.
    double[][] chem = {{0, 0.4, 0.2}, {0.4, 0, 0.6}, {0.2, 0.6, 0}};
    ConfigChemistry cc = new ConfigChemistry(new int[] {0, 1, 2, -1}, (a, b) -> chem[a][b]);
    // Members m0, m1, m2: pairs 0.4, 0.2, 0.6 -> 1.2 / 3 = 0.4.
    assertThat(cc.mean(config(0, 1, 2))).isCloseTo(0.4, within(1e-15));
    // m0, m1 and a second row of m1: pairs (m0,m1) 0.4 twice and (m1,m1) 0 -> 0.8 / 3.
    assertThat(cc.mean(config(0, 1, 1))).isCloseTo(0.8 / 3, within(1e-15));
    // m0 with a model outside S: one pair of chemistry 0. One member: 0.
    assertThat(cc.mean(config(0, 3))).isZero();
    assertThat(cc.mean(config(2))).isZero();
  }

  private static Configuration config(int... models) {
    double[] q = new double[models.length];
    double[] a = new double[models.length];
    for (int i = 0; i < models.length; i++) {
      q[i] = i; // distinct rows
      a[i] = 0.5;
    }
    return new Configuration(Strategy.RANDOM, "T", 0, models.length, models, q, a);
  }
}
