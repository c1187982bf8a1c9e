package dev.llmchem.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** numpy's linear quantile and the nearest-CI pick, by hand. */
class RepresentativesTest {
  @Test
  void quantileAsNumpy() {
    // Sorted (0.1, 0.2, 0.4, 0.8): the 0.9 quantile sits at index 0.9 * 3 = 2.7, between 0.4
    // and 0.8: 0.8 - 0.4 * 0.3 = 0.68; the median at 1.5: 0.4 - 0.2 * 0.5 = 0.3; 0.1 at 0.3:
    // 0.1 + 0.1 * 0.3 = 0.13.
    double[] v = {0.8, 0.1, 0.4, 0.2};
    assertThat(Representatives.quantile(v, 0.9)).isCloseTo(0.68, within(1e-15));
    assertThat(Representatives.quantile(v, 0.5)).isCloseTo(0.3, within(1e-15));
    assertThat(Representatives.quantile(v, 0.1)).isCloseTo(0.13, within(1e-15));
    assertThat(Representatives.quantile(new double[] {0.5}, 0.9)).isEqualTo(0.5);
  }

  @Test
  void picksTheFirstNearest() {
    // Sorted (0.1, 0.2, 0.35, 0.4, 0.8): strong = 0.9 quantile at index 3.6: 0.8 - 0.4 * 0.4 =
    // 0.64, nearest 0.8 (index 0); mid = index 2: 0.35 itself (index 4); weak at index 0.4:
    // 0.1 + 0.1 * 0.4 = 0.14, nearest 0.1 (index 1).
    double[] v = {0.8, 0.1, 0.4, 0.2, 0.35};
    assertThat(Representatives.pick(v, Representatives.Pick.STRONG)).isZero();
    assertThat(Representatives.pick(v, Representatives.Pick.MID)).isEqualTo(4);
    assertThat(Representatives.pick(v, Representatives.Pick.WEAK)).isEqualTo(1);
    // Exact ties keep the first.
    assertThat(Representatives.pick(new double[] {0.5, 0.5}, Representatives.Pick.MID)).isZero();
    assertThat(Representatives.pick(new double[0], Representatives.Pick.MID)).isEqualTo(-1);
  }
}
