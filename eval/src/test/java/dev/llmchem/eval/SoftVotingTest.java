package dev.llmchem.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.history.History;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.io.IngestOptions;
import dev.llmchem.engine.testutil.Seeds;
import org.junit.jupiter.api.Test;

/** Soft voting on hand-worked cases. */
class SoftVotingTest {
  private static final double NA = Double.NaN;
  // votes[model][item]: m0 = (0.9, 0.3, -), m1 = (0.3, 0.8, -), m2 = (-, -, 0.4)
  private final SoftVoting v = SoftVoting.of(new double[][] {
      {0.9, 0.3, NA}, {0.3, 0.8, NA}, {NA, NA, 0.4}});

  @Test
  void meanAboveHalfIsCorrect() {
    // {m0, m1}: item0 (0.9 + 0.3)/2 = 0.6 > 0.5 correct; item1 (0.3 + 0.8)/2 = 0.55 correct;
    // item2 has no vote and is not counted: 2 / 2 = 1.
    assertThat(v.effectiveness(new int[] {0, 1})).isEqualTo(1.0);
    // m0 listed twice votes twice: item0 (0.9+0.9+0.3)/3 = 0.7 correct, item1 (0.3+0.3+0.8)/3
    // = 0.467 wrong: 1 / 2.
    assertThat(v.effectiveness(new int[] {0, 0, 1})).isEqualTo(0.5);
    // {m0, m2}: item0 0.9 correct, item1 0.3 wrong, item2 0.4 wrong: 1 / 3.
    assertThat(v.effectiveness(new int[] {0, 2})).isEqualTo(1.0 / 3);
    // m2 alone: only item2 counts, 0.4 is not > 0.5: 0 / 1.
    assertThat(v.effectiveness(new int[] {2})).isZero();
    // Nobody votes: 0.
    assertThat(v.effectiveness(new int[0])).isZero();
  }

  @Test
  void sparseTableEqualsTheDenseDefinition() {
    java.util.Random rnd = new java.util.Random(Seeds.seed("SoftVotingTest.sparseEqualsDense"));
    for (int round = 0; round < 300; round++) {
      int models = 1 + rnd.nextInt(6);
      int items = 1 + rnd.nextInt(8);
      double[][] dense = new double[models][items];
      for (double[] row : dense) {
        for (int i = 0; i < items; i++) {
          row[i] = rnd.nextInt(3) == 0 ? NA : rnd.nextInt(5) / 4.0; // quarters: exact sums, ties at 0.5
        }
      }
      int[] members = new int[rnd.nextInt(7)];
      for (int k = 0; k < members.length; k++) {
        members[k] = rnd.nextInt(models);
      }
      // The definition, item by item over the dense matrix.
      int correct = 0;
      int valid = 0;
      for (int i = 0; i < items; i++) {
        double sum = 0;
        int count = 0;
        for (int m : members) {
          if (!Double.isNaN(dense[m][i])) {
            sum += dense[m][i];
            count++;
          }
        }
        if (count > 0) {
          valid++;
          correct += sum / count > 0.5 ? 1 : 0;
        }
      }
      double expected = valid == 0 ? 0.0 : (double) correct / valid;
      assertThat(SoftVoting.of(dense).effectiveness(members)).as("round " + round).isEqualTo(expected);
    }
  }

  @Test
  void exactlyHalfIsNotCorrect() {
    SoftVoting half = SoftVoting.of(new double[][] {{0.25}, {0.75}});
    // (0.25 + 0.75) / 2 = 0.5 exactly, not > 0.5.
    assertThat(half.effectiveness(new int[] {0, 1})).isZero();
  }

  @Test
  void lastRowOfTheFilePerModelAndItemVotes() {
    String csv = "trial,model,task,id,quality,accuracy,strategy\n"
        + "T 0,a,t,I1,9,0.9,RANDOM\n"
        + "T 1,a,t,I1,9,0.2,CHEMISTRY\n" // a later row of (a, I1): this one votes
        + "T 0,b,t,I1,9,0.7,RANDOM\n";
    History h = HistoryReader.read("votes", csv, IngestOptions.defaults()).history();
    boolean[] all = {true, true, true};
    SoftVoting s = SoftVoting.of(h, all);
    // a votes 0.2, b 0.7: mean 0.45, wrong. With the first row (0.9) it would be 0.8, right.
    assertThat(s.effectiveness(new int[] {0, 1})).isZero();
    assertThat(s.effectiveness(new int[] {1})).isEqualTo(1.0);
  }
}
