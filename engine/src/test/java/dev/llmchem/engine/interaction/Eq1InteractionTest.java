package dev.llmchem.engine.interaction;

import static dev.llmchem.engine.interaction.InteractionDifferentialTest.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.cost.CostKernel;
import dev.llmchem.engine.testutil.Seeds;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The closed form for the Eq. 1 cost against the dense kernel (and the naive sum for small
 * n) over the Eq. 1 table of random penalties in rank order, zero penalties included; and
 * its shape: the value depends on the lower-ranked member only.
 */
class Eq1InteractionTest {
  @Test
  void closedFormEqualsTheDenseKernel() {
    Random r = new Random(Seeds.seed("closedFormEqualsTheDenseKernel"));
    for (int n = 0; n <= 18; n++) {
      for (int rep = 0; rep < (n <= 10 ? 5 : 1); rep++) {
        double[] p = penalties(n, r);
        double[] table = CostKernel.eq1Table(p);
        for (InteractionIndex index : InteractionIndex.values()) {
          double[] exact = Eq1Interaction.compute(p, index);
          String what = index + " n=" + n;
          assertClose(exact, DenseInteraction.sequential(table, index), 1, 1e-12, what);
          if (n <= 10) {
            assertClose(exact, NaiveInteraction.compute(table, index), 1, 1e-12, what + " naive");
          }
        }
      }
    }
  }

  @Test
  void valueDependsOnTheLowerRankedMemberOnly() {
    double[] p = penalties(40, new Random(7));
    for (InteractionIndex index : InteractionIndex.values()) {
      double[] m = Eq1Interaction.compute(p, index);
      for (int j = 1; j < 40; j++) {
        for (int i = 0; i < j; i++) {
          assertThat(m[i * 40 + j]).isEqualTo(m[j]).isEqualTo(m[j * 40 + i]);
        }
      }
    }
  }

  /** Two models: v({}) = 1, v(i) = p_i, v(j) = p_j, v(ij) = p_i + p_j / 2. */
  @Test
  void twoModelsByHand() {
    for (InteractionIndex index : InteractionIndex.values()) {
      double[] m = Eq1Interaction.compute(new double[] {0.1, 0.3}, index);
      assertThat(m[1]).isEqualTo(1 - 0.3 / 2);
    }
  }

  /** 256 models: finite, no underflow in the Banzhaf factors. */
  @Test
  void largePoolsAreFinite() {
    double[] p = penalties(256, new Random(11));
    for (InteractionIndex index : InteractionIndex.values()) {
      for (double x : Eq1Interaction.compute(p, index)) {
        assertThat(Double.isFinite(x)).isTrue();
      }
    }
  }

  private static double[] penalties(int n, Random r) {
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = r.nextDouble() < 0.2 ? 0.0 : r.nextDouble() * 0.5;
    }
    return p;
  }
}
