package dev.llmchem.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmchem.engine.cheme.ChemMatrix;
import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.control.LimitException.Alternative;
import dev.llmchem.engine.cost.CostKernel;
import dev.llmchem.engine.testutil.Refusals;
import org.junit.jupiter.api.Test;

/**
 * Sizes refused up front name the size and the way out; the heap they would need is checked
 * before allocation (the CLI's view of these: LimitsIT and TimeoutCommandTest).
 */
class LimitsTest {
  @Test
  void heapRefusalsCarryTheFactsAsValues() {
    long huge = 1L << 50;
    LimitException e = Refusals.of(() -> LimitException.requireHeap(huge,
        "the thing for |U| = 47", Alternative.EXACT_EQ1_METHOD));
    assertThat(e.kind()).isEqualTo(LimitException.Kind.HEAP);
    assertThat(e.what()).isEqualTo("the thing for |U| = 47");
    assertThat(e.size()).isEqualTo(huge);
    assertThat(e.limit()).isPositive().isLessThan(Runtime.getRuntime().maxMemory());
    assertThat(e.heapToRequest()).isGreaterThanOrEqualTo((long) (huge * 1.25));
    assertThat(e.alternatives()).containsExactly(Alternative.EXACT_EQ1_METHOD,
        Alternative.MORE_HEAP);
    assertThat(e.reason()).startsWith("the thing for |U| = 47 needs 1.0 PiB but only ")
        .contains(" of heap is free (max heap ");
    assertThat(e.getMessage()).startsWith(e.reason() + "; alternatives: the exact-eq1 CHEME")
        .endsWith("or a heap of at least " + LimitException.human(e.heapToRequest()));
    assertThat(e.beyondMachine()).isTrue(); // no machine here has a PiB
    LimitException.requireHeap(1024, "a little"); // fits: no exception
  }

  @Test
  void noEngineMessageNamesACommandLineFlag() {
    for (Alternative a : Alternative.values()) {
      assertThat(a.toString()).doesNotContain("--").doesNotContain("JAVA_OPTS");
    }
    LimitException e = Refusals.of(() -> CostKernel.checkSize(33));
    assertThat(e.getMessage()).doesNotContain("--");
    LimitException heap = Refusals.of(() -> LimitException.requireHeap(1L << 50, "x",
        Alternative.values()));
    assertThat(heap.getMessage()).doesNotContain("--").doesNotContain("-Xmx");
  }

  @Test
  void matrixAndTableSizes() {
    LimitException m = Refusals.of(() -> ChemMatrix.requireFits(50_000));
    assertThat(m.getMessage()).isEqualTo("|S| = 50000 models: the chemistry matrix would have"
        + " 2500000000 cells, beyond a Java array (|S| <= 46340); alternatives: restrict the"
        + " history to fewer models");
    assertThat(m.kind()).isEqualTo(LimitException.Kind.SIZE);
    assertThat(m.size()).isEqualTo(2_500_000_000L);
    assertThat(m.limit()).isEqualTo(46340L * 46340);
    assertThat(m.alternatives()).containsExactly(Alternative.FEWER_MODELS);
    long heap = Runtime.getRuntime().maxMemory();
    int s = (int) Math.min(ChemMatrix.MAX_S, Math.sqrt(heap / 8.0) * 1.5);
    if (ChemMatrix.bytes(s) > heap) {
      assertThatThrownBy(() -> ChemMatrix.requireFits(s)).isInstanceOf(LimitException.class)
          .hasMessageStartingWith("|S| = " + s + " models: the |S| x |S| chemistry matrix needs")
          .hasMessageContaining("restrict the history to fewer models");
    }
    LimitException t = Refusals.of(() -> CostKernel.checkSize(33));
    assertThat(t.reason()).contains("|U| = 33 used models");
    assertThat(t.size()).isEqualTo(33);
    assertThat(t.limit()).isEqualTo(CostKernel.MAX_USED);
    assertThat(t.alternatives()).containsExactly(Alternative.EXACT_EQ1_METHOD);
  }


  @Test
  void threadCountsAreBounded() {
    assertThatThrownBy(() -> ChemeOptions.defaults().withThreads(99_999))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..1024");
    assertThatThrownBy(() -> RecommendOptions.defaults().withThreads(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0..1024");
  }
}
