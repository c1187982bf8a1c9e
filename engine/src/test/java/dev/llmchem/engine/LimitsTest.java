package dev.llmchem.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmchem.engine.cheme.ChemMatrix;
import dev.llmchem.engine.cost.CostKernel;
import org.junit.jupiter.api.Test;

/**
 * Sizes refused up front name the size and the way out; the heap they would need is checked
 * before allocation (the CLI's view of these: LimitsIT and TimeoutCommandTest).
 */
class LimitsTest {
  @Test
  void heapRefusalsNameSizeHeapAndWayOut() {
    long huge = 1L << 50;
    assertThatThrownBy(() -> LimitException.requireHeap(huge, "the thing for |U| = 47",
        "use the other method"))
        .isInstanceOf(LimitException.class)
        .hasMessageStartingWith("the thing for |U| = 47 needs 1.0 PiB but only ")
        .hasMessageContaining(" of heap is free (max heap ")
        .hasMessageContaining("use the other method, or ")
        .hasMessageMatching(".*(raise the heap: JAVA_OPTS=-Xmx\\d+g|a machine with more than .*)");
    LimitException.requireHeap(1024, "a little", "never"); // fits: no exception
    assertThat(LimitException.moreHeap(3L << 30, 0)).matches(
        "raise the heap: JAVA_OPTS=-Xmx4g|a machine with more than .*");
  }

  @Test
  void matrixAndTableSizes() {
    assertThatThrownBy(() -> ChemMatrix.requireFits(50_000)).isInstanceOf(LimitException.class)
        .hasMessage("|S| = 50000 models: the chemistry matrix would have 2500000000 cells,"
            + " beyond a Java array (|S| <= 46340); restrict the history to fewer models");
    long heap = Runtime.getRuntime().maxMemory();
    int s = (int) Math.min(ChemMatrix.MAX_S, Math.sqrt(heap / 8.0) * 1.5);
    if (ChemMatrix.bytes(s) > heap) {
      assertThatThrownBy(() -> ChemMatrix.requireFits(s)).isInstanceOf(LimitException.class)
          .hasMessageStartingWith("|S| = " + s + " models: the |S| x |S| chemistry matrix needs")
          .hasMessageContaining("restrict the history to fewer models");
    }
    assertThatThrownBy(() -> CostKernel.checkSize(33)).isInstanceOf(LimitException.class)
        .hasMessageContaining("|U| = 33 used models").hasMessageContaining("--method exact-eq1");
  }

  @Test
  void threadCountsAreBounded() {
    assertThatThrownBy(() -> ChemeOptions.defaults().withThreads(99_999))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..1024");
    assertThatThrownBy(() -> RecommendOptions.defaults().withThreads(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..1024");
  }
}
