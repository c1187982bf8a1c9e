package dev.llmchem.engine.grade;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmchem.engine.control.LimitException;
import org.junit.jupiter.api.Test;

/** Per-(trial, model) MVLE tables are checked before allocation (trials x models overflowed int). */
class GradeLimitTest {
  @Test
  void tooManyTrialsTimesModelsIsRefusedNamingBoth() {
    assertThatThrownBy(() -> Consensus.requireFits(100_000, 30_000))
        .isInstanceOf(LimitException.class)
        .hasMessage("100000 trials x 30000 models: the per-(trial, model) reviewer tables of"
            + " 3000000000 cells are beyond a Java array; alternatives: split the grades into"
            + " files of fewer"
            + " trials (MVLE runs per trial)");
    Consensus.requireFits(1000, 12); // fits
  }
}
