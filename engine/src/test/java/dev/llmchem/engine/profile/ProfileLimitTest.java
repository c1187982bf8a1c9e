package dev.llmchem.engine.profile;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmchem.engine.control.LimitException;
import org.junit.jupiter.api.Test;

/** Profile tables of clusters x models are checked against the heap before allocation. */
class ProfileLimitTest {
  @Test
  void tooManyClustersTimesModelsIsRefusedNamingBoth() {
    assertThatThrownBy(() -> ProfileBuilder.requireFits(200_000, 100_000))
        .isInstanceOf(LimitException.class)
        .hasMessageStartingWith("200000 task clusters x |S| = 100000 models: the profile table"
            + " of 20000000000 cells needs ")
        .hasMessageContaining("restrict the history to fewer tasks or models");
    ProfileBuilder.requireFits(1000, 256); // 8 MiB: fits
  }
}
