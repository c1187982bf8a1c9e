package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.control.LimitException.Alternative;
import dev.llmchem.engine.cost.CostKernel;
import dev.llmchem.engine.testutil.Refusals;
import org.junit.jupiter.api.Test;

/** The CLI's words for the engine's structured refusals: flags and JAVA_OPTS advice. */
class LimitAdviceTest {
  @Test
  void everyAlternativeHasTheCliWords() {
    LimitException e = LimitException.size("x", 2, 1, "x is 2, the limit 1");
    for (Alternative a : Alternative.values()) {
      assertThat(LimitAdvice.advice(a, e)).as("%s", a).isNotBlank();
    }
    assertThat(LimitAdvice.advice(Alternative.EXACT_EQ1_METHOD, e))
        .startsWith("use --method exact-eq1 (or auto)");
    assertThat(LimitAdvice.advice(Alternative.HIGHER_THRESHOLD, e)).contains("--threshold");
  }

  @Test
  void heapBecomesJavaOptsOrABiggerMachine() {
    LimitException small = Refusals.of(() -> LimitException.requireHeap(1L << 50, "the thing",
        Alternative.EXACT_EQ1_METHOD));
    assertThat(LimitAdvice.message(small)).startsWith(small.reason() + "; use --method exact-eq1")
        .matches(".*, or (raise the heap: JAVA_OPTS=-Xmx\\d+g|a machine with more than .*)");
    assertThat(LimitAdvice.message(Refusals.of(() -> CostKernel.checkSize(33))))
        .contains("|U| = 33 used models").contains("; use --method exact-eq1 (or auto)");
  }
}
