package dev.llmchem.engine.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoresTest {
  private static final double F = MvleParams.VARIANCE_FLOOR;

  @Test
  void paperO3MiniExample() {
    // Paper section 2.1: generation 1.0, review 0.846 -> 0.75 * 1.0 + 0.25 * 0.846 = 0.9615,
    // printed as 0.962.
    assertThat(Scores.accuracy(1.0, 0.846)).isCloseTo(0.9615, within(1e-15));
    assertThat(Math.round(Scores.accuracy(1.0, 0.846) * 1000) / 1000.0).isEqualTo(0.962);
    // The same row in the reference's runs.csv (Trial_519 1, o3-mini, Item_4), to the bit.
    assertThat(Scores.accuracy(1.0, 0.8463431478693131)).isEqualTo(0.9615857869673283);
  }

  @Test
  void weightsWithAndWithoutGroundTruth() {
    // Paper appendix example rows: gpt-4o, ground truth known, answer wrong: 0.25 * review.
    assertThat(Scores.accuracy(0.0, 0.999999998482016)).isEqualTo(0.249999999620504);
    assertThat(Scores.accuracy(1.0, 0.8969102035156231)).isEqualTo(0.9742275508789058);
    // runs2.csv (Trial_6248 1, llama3.3:latest): no ground truth, 0.75 * review.
    assertThat(Scores.accuracy(Double.NaN, 0.9991414948989726)).isEqualTo(0.7493561211742295);
    // A model that reviewed nothing: the review part is 0.
    assertThat(Scores.accuracy(1.0, Double.NaN)).isEqualTo(0.75);
    assertThat(Scores.accuracy(Double.NaN, Double.NaN)).isZero();
  }

  @Test
  void reviewAccuracyIsADecreasingMapOntoZeroOne() {
    assertThat(Scores.reviewAccuracy(F, F)).isEqualTo(1.0);
    assertThat(Scores.reviewAccuracy(F + 1, F)).isEqualTo(0.5);
    assertThat(Scores.reviewAccuracy(F + 10, F)).isCloseTo(1.0 / 11, within(1e-15));
    assertThat(Scores.reviewAccuracy(Double.NaN, F)).isNaN();
    double previous = 1.0;
    for (double v = F + 0.01; v < 200; v *= 1.5) {
      double r = Scores.reviewAccuracy(v, F);
      assertThat(r).isLessThan(previous).isGreaterThan(0.0);
      previous = r;
    }
  }
}
