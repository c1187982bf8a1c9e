package dev.llmchem.engine.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-worked cases, run against both variants (one row per variant). */
class MvleTest {
  private static final double F = MvleParams.VARIANCE_FLOOR;

  /** A variant of the estimator under test. */
  interface Solver {
    MvleResult solve(int answers, int reviewers, int[] a, int[] r, double[] g, MvleParams p);
  }

  static Stream<Solver> variants() {
    return Stream.of(Mvle::solve, NaiveMvle::solve);
  }

  private static final Function<Solver, MvleResult> CASE_C = s -> s.solve(2, 3,
      new int[] {0, 0, 0, 1, 1, 1}, new int[] {0, 1, 2, 0, 1, 2},
      new double[] {5, 5, 8, 3, 4, 2}, MvleParams.defaults().withMaxIterations(2));

  @ParameterizedTest
  @MethodSource("variants")
  void singleReviewerIsTheConsensusAndSitsOnTheFloor(Solver s) {
    // Round 1 (v = 1): c = (7, 3). v_0 = max(1/12, 0) = 1/12. Round 2: c unchanged, stop.
    MvleResult r = s.solve(2, 1, new int[] {0, 1}, new int[] {0, 0}, new double[] {7, 3},
        MvleParams.defaults());
    assertThat(r.consensus()).containsExactly(7.0, 3.0);
    assertThat(r.variance()).containsExactly(F);
    assertThat(r.consensusVariance()).containsExactly(F, F);
    assertThat(r.iterations()).isEqualTo(2);
    assertThat(r.converged()).isTrue();
    assertThat(r.lastChange()).isZero();
    assertThat(Scores.reviewAccuracy(r.variance()[0], F)).isEqualTo(1.0);
  }

  @ParameterizedTest
  @MethodSource("variants")
  void zeroVarianceReviewerIsFloored(Solver s) {
    // answer 0: 6, 8, 7; answer 1: 2, 4, 3 (reviewers 0, 1, 2).
    // Round 1: c = (7, 3). v_0 = ((6-7)^2 + (2-3)^2)/2 = 1, v_1 = 1, v_2 = max(1/12, 0) = 1/12.
    // Round 2: weights 1, 1, 12: c_0 = (6 + 8 + 12*7)/14 = 7, c_1 = (2 + 4 + 12*3)/14 = 3:
    // unchanged, stop. Consensus variance 1/14. review_accuracy: 1/(1 + 11/12) = 12/23, 1.
    MvleResult r = s.solve(2, 3, new int[] {0, 0, 0, 1, 1, 1}, new int[] {0, 1, 2, 0, 1, 2},
        new double[] {6, 8, 7, 2, 4, 3}, MvleParams.defaults());
    assertThat(r.consensus()[0]).isCloseTo(7.0, within(1e-12));
    assertThat(r.consensus()[1]).isCloseTo(3.0, within(1e-12));
    assertThat(r.variance()[0]).isCloseTo(1.0, within(1e-12));
    assertThat(r.variance()[1]).isCloseTo(1.0, within(1e-12));
    assertThat(r.variance()[2]).isEqualTo(F);
    assertThat(r.consensusVariance()[0]).isCloseTo(1.0 / 14, within(1e-15));
    assertThat(r.iterations()).isEqualTo(2);
    assertThat(Scores.reviewAccuracy(r.variance()[0], F)).isCloseTo(12.0 / 23, within(1e-12));
    assertThat(Scores.reviewAccuracy(r.variance()[2], F)).isEqualTo(1.0);
  }

  @ParameterizedTest
  @MethodSource("variants")
  void secondRoundReweights(Solver s) {
    // answer 0: 5, 5, 8; answer 1: 3, 4, 2. Round 1: c = (6, 3).
    // v_0 = ((5-6)^2 + 0^2)/2 = 0.5, v_1 = ((5-6)^2 + (4-3)^2)/2 = 1,
    // v_2 = ((8-6)^2 + (2-3)^2)/2 = 2.5; weights 2, 1, 0.4 (sum 3.4).
    // Round 2: c_0 = (10 + 5 + 3.2)/3.4 = 91/17, c_1 = (6 + 4 + 0.8)/3.4 = 54/17;
    // the largest move is |91/17 - 6| = 11/17.
    MvleResult r = CASE_C.apply(s);
    assertThat(r.iterations()).isEqualTo(2);
    assertThat(r.converged()).isFalse();
    assertThat(r.consensus()[0]).isCloseTo(91.0 / 17, within(1e-12));
    assertThat(r.consensus()[1]).isCloseTo(54.0 / 17, within(1e-12));
    assertThat(r.lastChange()).isCloseTo(11.0 / 17, within(1e-12));
  }

  @ParameterizedTest
  @MethodSource("variants")
  void convergedResultIsAFixedPoint(Solver s) {
    MvleResult r = s.solve(2, 3, new int[] {0, 0, 0, 1, 1, 1}, new int[] {0, 1, 2, 0, 1, 2},
        new double[] {5, 5, 8, 3, 4, 2}, MvleParams.defaults());
    assertThat(r.converged()).isTrue();
    double[] g = {5, 5, 8, 3, 4, 2};
    for (int i = 0; i < 2; i++) {
      double num = 0;
      double den = 0;
      for (int j = 0; j < 3; j++) {
        num += g[3 * i + j] / r.variance()[j];
        den += 1 / r.variance()[j];
      }
      assertThat(r.consensus()[i]).isCloseTo(num / den, within(1e-8));
    }
    // the consensus of answer 0 leans to the two agreeing reviewers' 5
    assertThat(r.consensus()[0]).isBetween(5.0, 6.0);
  }

  @ParameterizedTest
  @MethodSource("variants")
  void reviewerWhoGradesNothingChangesNothing(Solver s) {
    MvleResult three = CASE_C.apply(s);
    MvleResult four = s.solve(2, 4, new int[] {0, 0, 0, 1, 1, 1}, new int[] {0, 1, 2, 0, 1, 2},
        new double[] {5, 5, 8, 3, 4, 2}, MvleParams.defaults().withMaxIterations(2));
    assertThat(four.consensus()).containsExactly(three.consensus());
    assertThat(four.variance()[3]).isNaN();
    assertThat(four.graded()[3]).isZero();
    assertThat(Scores.reviewAccuracy(four.variance()[3], F)).isNaN();
  }

  @ParameterizedTest
  @MethodSource("variants")
  void ungradedAnswerAndEmptyInput(Solver s) {
    MvleResult r = s.solve(2, 1, new int[] {0}, new int[] {0}, new double[] {4},
        MvleParams.defaults());
    assertThat(r.consensus()[0]).isEqualTo(4.0);
    assertThat(r.consensus()[1]).isNaN();
    assertThat(r.consensusVariance()[1]).isNaN();
    MvleResult empty = s.solve(0, 0, new int[0], new int[0], new double[0],
        MvleParams.defaults());
    assertThat(empty.consensus()).isEmpty();
    assertThat(empty.converged()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("variants")
  void gradesOutOfRangeAreRefused(Solver s) {
    for (double bad : new double[] {-0.5, 10.5, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> s.solve(1, 2, new int[] {0, 0}, new int[] {0, 1},
          new double[] {5, bad}, MvleParams.defaults()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("grade 1 is " + bad + ", outside [0, 10]");
    }
    assertThat(s.solve(1, 2, new int[] {0, 0}, new int[] {0, 1}, new double[] {0, 10},
        MvleParams.defaults()).consensus()[0]).isEqualTo(5.0);
    assertThatThrownBy(() -> s.solve(1, 1, new int[] {0}, new int[] {1}, new double[] {5},
        MvleParams.defaults())).hasMessageContaining("reviewer index 1 outside [0, 1)");
    assertThatThrownBy(() -> s.solve(1, 1, new int[] {0, 0}, new int[] {0}, new double[] {5},
        MvleParams.defaults())).hasMessageContaining("arrays differ in length");
  }
}
