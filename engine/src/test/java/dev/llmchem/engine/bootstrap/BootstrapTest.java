package dev.llmchem.engine.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.Bootstrap;
import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.Chemistry;
import dev.llmchem.engine.RecommendOptions;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.io.IngestOptions;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.testutil.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bootstrap's required cases: identical trials, a hand-worked history, thread counts. */
class BootstrapTest {
  private static final String HEADER = "trial,model,task,quality,accuracy,strategy\n";

  static Analysis analyse(String csv) {
    return Analysis.of(HistoryReader.read("h.csv", csv, IngestOptions.defaults()).history(),
        AnalysisOptions.defaults());
  }

  @Test
  void everyTrialIdenticalGivesZeroWidthIntervals() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int t = 0; t < 7; t++) {
      csv.append("T").append(t).append(",m1,do it,8,0.8,RANDOM\n")
          .append("T").append(t).append(",m2,do it,6,0.6,RANDOM\n")
          .append("T").append(t).append(",m3,do it,9,0.95,RANDOM\n")
          .append("T").append(t).append(",m4,do it,3,0.2,RANDOM\n");
    }
    Analysis an = analyse(csv.toString());
    TaskBootstrap b = Bootstrap.of(an).run(an.tasks().get(0),
        BootstrapOptions.of(200).withSeed(5));
    assertThat(b.pairs()).hasSize(6);
    for (PairInterval p : b.pairs()) {
      assertThat(p.values().width()).as(p.toString()).isZero();
      assertThat(p.values().mean()).isEqualTo(p.chem());
      assertThat(p.values().min()).isEqualTo(p.values().max());
      assertThat(p.present()).isEqualTo(1.0);
    }
    RecommendStability rs = b.recommend();
    assertThat(rs.same().share()).isEqualTo(1.0);
    assertThat(rs.distinctSets()).isEqualTo(1);
    assertThat(rs.loss().width()).isZero();
    assertThat(rs.loss().n()).isEqualTo(200);
  }

  /**
   * Three trials: T1 = {A (8, 0.8), B (8, 0.8)}, T2 = {A (8, 0.3)}, T3 = {C (8, 0.8)}. A and
   * B are used only when T1 is drawn, C only when T3 is. Two used models with penalty 0.04
   * always have chem 1 (the term X = {} gives |0.06 - 0.08 + 1| / 0.06 &gt; 1, clipped), a pair
   * with an unused or absent member 0. Of the 27 equally likely draws of three trials, T1 is
   * missing from 8: P(chem(A, B) &gt; 0) = 19/27; T1 and T3 both drawn in 27 - 8 - 8 + 1 = 12:
   * P(chem(A, C) &gt; 0) = 12/27. RECOMMEND: with T1 and T3, S's every pair is 1, maxT = 3,
   * maxI = 2 and {A, B} has loss 0.5 (2 - 2) + 0.5 (3 - 1) + 0.5 * 2 = 2 (no neighbour is
   * lower); with T1 alone maxT = maxI = 1 and {A, B} has loss 0.5 (1 - 0) + 0.5 (1 - 1) + 1 =
   * 1.5; without T1 no configuration has two models: nothing (no-valid-configurations).
   */
  @Test
  void handWorkedThreeTrials() {
    String csv = HEADER + "T1,A,q,8,0.8,RANDOM\nT1,B,q,8,0.8,RANDOM\nT2,A,q,8,0.3,RANDOM\n"
        + "T3,C,q,8,0.8,RANDOM\n";
    Analysis an = analyse(csv);
    TaskAnalysis t = an.tasks().get(0);
    int b = 6000;
    TaskBootstrap r = Bootstrap.of(an).run(t, BootstrapOptions.of(b).withSeed(
        Seeds.fixed("handWorkedThreeTrials", 11)));
    assertThat(r.units()).isEqualTo(3);
    PairInterval ab = r.pair("A", "B");
    PairInterval ac = r.pair("A", "C");
    PairInterval bc = r.pair("B", "C");
    for (PairInterval p : List.of(ab, ac, bc)) {
      assertThat(p.chem()).isEqualTo(1.0);
      assertThat(p.values().lo()).isZero();
      assertThat(p.values().hi()).isEqualTo(1.0);
      assertThat(p.values().mean()).isEqualTo(p.positive(), within(1e-12)); // values are 0 or 1
    }
    double sd = Math.sqrt(0.25 / b);
    assertThat(ab.positive()).isCloseTo(19.0 / 27, within(5 * sd));
    assertThat(ac.positive()).isCloseTo(12.0 / 27, within(5 * sd));
    assertThat(bc.positive()).isCloseTo(12.0 / 27, within(5 * sd));
    RecommendStability rs = r.recommend();
    assertThat(rs.point()).containsExactly("A", "B");
    assertThat(rs.pointLoss()).isEqualTo(2.0);
    assertThat(rs.same().share()).isCloseTo(19.0 / 27, within(5 * sd));
    assertThat(rs.distinctSets()).isEqualTo(2);
    assertThat(rs.sets().get(1).models()).isEmpty();
    assertThat(rs.sets().get(1).count()).isEqualTo(b - rs.same().count());
    assertThat(rs.inclusion().get(0).share()).isEqualTo(rs.same().share());
    assertThat(rs.inclusion().get(2).models()).containsExactly("C");
    assertThat(rs.inclusion().get(2).count()).isZero();
    assertThat(rs.loss().min()).isEqualTo(1.5);
    assertThat(rs.loss().max()).isEqualTo(2.0);
    assertThat(rs.loss().n()).isEqualTo(rs.same().count());
    // P(loss = 2 | T1 drawn) = 12/19 > 0.5: the median is 2
    assertThat(rs.loss().median()).isEqualTo(2.0);
    assertThat(rs.loss().mean()).isCloseTo((12 * 2.0 + 7 * 1.5) / 19, within(0.02));
    assertThat(rs.reasons()).extracting(RecommendStability.ReasonCount::reason)
        .containsExactly("local-search", "no-valid-configurations");
  }

  @Test
  void seededResultsAreTheSameForOneTwoAndEightThreads() {
    long seed = Seeds.seed("seededResultsAreTheSameForOneTwoAndEightThreads");
    Analysis an = analyse(RandomHistories.csv(new java.util.Random(seed), 3, 40, 7));
    Bootstrap bs = Bootstrap.of(an);
    for (Unit unit : Unit.values()) {
      for (TaskAnalysis t : an.tasks()) {
        Chemistry point = t.chemistry(ChemeOptions.defaults().withThreads(1));
        TaskBootstrap one = null;
        for (int threads : new int[] {1, 2, 8}) {
          TaskBootstrap x = bs.run(t, point, new BootstrapOptions(300, seed, unit, threads,
              dev.llmchem.engine.control.ProgressListener.NONE), RecommendOptions.defaults(),
              0.0, false);
          if (one == null) {
            one = x;
          } else {
            assertThat(x).as(unit + " threads " + threads).isEqualTo(one);
          }
        }
      }
    }
  }

  @Test
  void anotherSeedDrawsOtherReplicatesAndTasksDrawIndependently() {
    Analysis an = analyse(RandomHistories.csv(new java.util.Random(3), 2, 30, 6));
    Bootstrap bs = Bootstrap.of(an);
    TaskAnalysis t = an.tasks().get(0);
    BootstrapOptions o = BootstrapOptions.of(10).withSeed(1);
    assertThat(bs.counts(t, o, 3)).isEqualTo(bs.counts(t, o, 3));
    assertThat(bs.counts(t, o, 3)).isNotEqualTo(bs.counts(t, o.withSeed(2), 3));
    assertThat(bs.counts(t, o, 3)).isNotEqualTo(bs.counts(t, o, 4));
    assertThat(java.util.Arrays.stream(bs.counts(t, o, 3)).sum())
        .isEqualTo(bs.sample(t, Unit.TRIALS).units());
  }
}
