package dev.llmchem.engine.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-trial runs over a sheet and the columns derived from them. */
class ConsensusTest {
  @Test
  void trialsAreIndependentAndColumnsFollowTheAuthor() {
    // Trial 0 (T1): the hand case of MvleTest.zeroVarianceReviewerIsFloored with models
    // x, y, z; answer 0 by x (correct 1), answer 1 by y (no ground truth).
    // Trial 1 (T2): answer 2 by x graded 9 by y only; x graded nothing in T2.
    GradeSheet sheet = new GradeSheet(List.of("T1", "T2"), List.of("x", "y", "z"),
        new int[] {0, 0, 1}, List.of("Item_0", "Item_1", "Item_0"), new int[] {0, 1, 0},
        new double[] {1.0, Double.NaN, Double.NaN},
        new int[] {0, 0, 0, 1, 1, 1, 2}, new int[] {0, 1, 2, 0, 1, 2, 1},
        new double[] {6, 8, 7, 2, 4, 3, 9}, new long[] {2, 3, 4, 5, 6, 7, 8});
    Consensus.Result r = Consensus.run(sheet, MvleParams.defaults());
    Consensus.Columns c = Consensus.columns(sheet, r);
    double ra = 12.0 / 23; // 1 / (1 + (1 - 1/12))
    assertThat(c.quality()[0]).isCloseTo(7, within(1e-12));
    assertThat(c.quality()[1]).isCloseTo(3, within(1e-12));
    assertThat(c.quality()[2]).isEqualTo(9.0);
    assertThat(c.generationAccuracy()).containsExactly(1.0, 0.0, 0.0);
    assertThat(c.reviewAccuracy()[0]).isCloseTo(ra, within(1e-12));
    assertThat(c.accuracy()[0]).isCloseTo(0.75 + 0.25 * ra, within(1e-12));
    assertThat(c.accuracy()[1]).isCloseTo(0.75 * ra, within(1e-12));
    // x reviewed nothing in T2: no variance, no review accuracy, review part 0
    assertThat(c.variance()[2]).isNaN();
    assertThat(c.reviewAccuracy()[2]).isNaN();
    assertThat(c.accuracy()[2]).isZero();
    // y alone in T2 sits on the floor; in T1 it does not
    assertThat(r.reviewerVariance(1, 1)).isEqualTo(MvleParams.VARIANCE_FLOOR);
    assertThat(r.reviewerVariance(0, 1)).isCloseTo(1.0, within(1e-12));
    assertThat(r.iterations()).containsExactly(2, 2);
    assertThat(r.notConverged()).isZero();
  }
}
