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

  /**
   * Each cluster costs more than its cells (row headers, TaskProfiles, TaskAnalysis): counting
   * the cells alone passed the check where the tables then ran out of memory (50,000 clusters
   * of |S| = 8 at -Xmx70m). Clusters of one model whose cells take about half the free heap
   * are refused.
   */
  @Test
  void theEstimateCountsEachClustersObjectsNotOnlyItsCells() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    int clusters = (int) Math.min(Integer.MAX_VALUE - 8, free / (2 * ProfileBuilder.CELL_BYTES));
    assertThatThrownBy(() -> ProfileBuilder.requireFits(clusters, 1))
        .isInstanceOf(LimitException.class).hasMessageContaining("task clusters x |S| = 1");
  }
}
