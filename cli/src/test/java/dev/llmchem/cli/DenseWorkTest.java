package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.cheme.ChemMatrix;
import dev.llmchem.engine.cheme.DenseCheme;
import dev.llmchem.engine.cost.CostKernel;
import dev.llmchem.engine.mig.UsedMap;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link DenseWork}'s probe: a pair it finds saturated has chem 1 in the real CHEME (seeded
 * random Eq. 1 penalties, seed printed), small penalties saturate every pair, penalties near 1
 * leave pairs open.
 */
class DenseWorkTest {
  @Test
  void aPairTheProbeSaturatesHasChemistryOne() {
    long seed = new Random().nextLong();
    System.out.println("seed=" + seed);
    Random r = new Random(seed);
    int checked = 0;
    for (int rep = 0; rep < 200; rep++) {
      int u = 2 + r.nextInt(9);
      double lo = r.nextDouble();
      double[] pen = new double[u];
      for (int i = 0; i < u; i++) {
        pen[i] = r.nextInt(10) == 0 ? 0.0 : lo + (1 - lo) * r.nextDouble();
      }
      ChemMatrix m = DenseCheme.sequential(CostKernel.eq1Table(pen), UsedMap.allUsed(u));
      int open = 0;
      for (int i = 0; i < u; i++) {
        for (int j = i + 1; j < u; j++) {
          open += m.chem(i, j) < 1.0 ? 1 : 0;
        }
      }
      // every pair below 1 in the real run is one the probe left open
      assertThat(DenseWork.openPairs(pen)).as("seed=%d rep=%d", seed, rep)
          .isGreaterThanOrEqualTo(open);
      checked += open;
    }
    assertThat(checked).as("the random penalties leave some pairs open").isPositive();
  }

  @Test
  void smallPenaltiesSaturateEveryPairAndLargeOnesLeaveThemOpen() {
    double[] small = new double[20];
    Arrays.fill(small, 0.1);
    assertThat(DenseWork.openPairs(small)).isZero();
    double[] large = new double[20];
    for (int i = 0; i < large.length; i++) {
      large[i] = 0.9 + 0.005 * i;
    }
    assertThat(DenseWork.openPairs(large)).isEqualTo(20 * 19 / 2);
  }

  @Test
  void theEstimateScalesTheFullCountAndStopsAtFortyModels() {
    double[] large = new double[28];
    for (int i = 0; i < large.length; i++) {
      large[i] = 0.9 + 0.003 * i;
    }
    assertThat(DenseWork.expectedTerms(large)).isEqualTo(DenseCheme.terms(28)); // all open
    double[] small = new double[28];
    Arrays.fill(small, 0.1);
    assertThat(DenseWork.expectedTerms(small)).isZero();
    // beyond 40 models no dense run happens (exact-eq1 takes 256): no u^4 probe, no overflow
    assertThat(DenseWork.expectedTerms(new double[256])).isEqualTo(Long.MAX_VALUE);
    assertThat(DenseWork.expectedTerms(new double[1])).isZero();
  }
}
