package dev.llmchem.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Pearson and the t-test against hand computation (and the values scipy prints). */
class StatsTest {
  @Test
  void pearsonByHand() {
    // x = 1..5, y = 2,4,5,4,5: deviations (-2,-1,0,1,2), (-2,0,1,0,1); Sxy = 6, Sxx = 10,
    // Syy = 6; r = 6 / sqrt(60) = 0.774597; t = r sqrt(3 / (1 - r^2)) = 2.1213 on 3 df,
    // two-sided p = 0.124027 (scipy.stats.pearsonr: 0.7745966692414834, 0.1240270626575546).
    Stats.Correlation c = Stats.pearson(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5});
    assertThat(c.r()).isCloseTo(6 / Math.sqrt(60), within(1e-15));
    assertThat(c.p()).isCloseTo(0.1240270626575546, within(1e-12));
    // A perfect line: r = 1 (to rounding), p ~ 0; reversed: r = -1.
    Stats.Correlation line = Stats.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 6});
    assertThat(line.r()).isCloseTo(1.0, within(1e-15));
    assertThat(line.p()).isLessThan(1e-6);
    assertThat(Stats.pearson(new double[] {1, 2, 3}, new double[] {6, 4, 2}).r()).isCloseTo(-1.0, within(1e-15));
    // r exactly 1 gives p = 0 without asking the distribution.
    assertThat(Stats.pearsonP(1.0, 10)).isZero();
    assertThat(Stats.pearsonP(0.5, 2)).isEqualTo(1.0);
    // A constant side: undefined.
    assertThat(Stats.pearson(new double[] {1, 2, 3}, new double[] {5, 5, 5}).r()).isNaN();
  }

  @Test
  void studentTTestByHand() {
    // x = 1..4 (mean 2.5, s^2 = 5/3), y = 3..7 (mean 5, s^2 = 2.5); pooled s^2 = (3*5/3 + 4*2.5)/7
    // = 15/7; se = sqrt(15/7 * (1/4 + 1/5)) = 0.98198; t = -2.5 / se = -2.54588 on 7 df,
    // p = 0.038334 (scipy.stats.ttest_ind: 0.03833372883603092).
    assertThat(Stats.studentTTest(new double[] {1, 2, 3, 4}, new double[] {3, 4, 5, 6, 7}))
        .isCloseTo(0.03833372883603092, within(1e-12));
    // Both constant and equal: no test (NaN, as scipy); constant and different: p = 0.
    assertThat(Stats.studentTTest(new double[] {1, 1, 1}, new double[] {1, 1, 1})).isNaN();
    assertThat(Stats.studentTTest(new double[] {1, 1, 1}, new double[] {2, 2, 2})).isZero();
  }

  @Test
  void meanAndPopulationStd() {
    // (1, 2, 3, 4): mean 2.5, squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, / 4 -> sqrt 1.25.
    assertThat(Stats.mean(new double[] {1, 2, 3, 4})).isEqualTo(2.5);
    assertThat(Stats.populationStd(new double[] {1, 2, 3, 4})).isCloseTo(Math.sqrt(1.25), within(1e-15));
  }
}
