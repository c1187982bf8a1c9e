package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.Chemistry;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.cheme.DenseCheme;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.testutil.Reference;
import java.lang.module.ModuleFinder;
import org.junit.jupiter.api.Test;

/** The hint at CHEM_VECTOR=1: only for dense runs of the plain loops at large |U|. */
class VectorHintTest {
  @Test
  void appliesToPlainDenseRunsFromTheColdCrossover() {
    assumeTrue(ModuleFinder.ofSystem().find("jdk.incubator.vector").isPresent(),
        "this JDK has no jdk.incubator.vector");
    assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty(),
        "these tests run without the module");
    TaskAnalysis t = Analysis.of(HistoryReader.read(Reference.file("runs2.csv")).history(),
        dev.llmchem.engine.profile.AnalysisOptions.defaults())
        .tasks().get(0);
    Chemistry dense = t.chemistry(ChemeOptions.defaults().withMethod(ChemeOptions.Method.DENSE));
    Chemistry exact = t.chemistry(
        ChemeOptions.defaults().withMethod(ChemeOptions.Method.EXACT_EQ1));
    int cold = VectorHint.FROM_U;
    assertThat(cold).isGreaterThanOrEqualTo(DenseCheme.VECTOR_COLD_FROM_U);
    long all = DenseCheme.terms(cold);
    assertThat(VectorHint.applies(dense, cold, () -> all)).isTrue();
    assertThat(VectorHint.applies(dense, cold, () -> all / 100)).isFalse(); // mostly saturated
    assertThat(VectorHint.applies(dense, cold - 1, () -> all)).isFalse();
    java.util.function.LongSupplier never = () -> {
      throw new AssertionError("the estimate is asked for only for plain dense runs");
    };
    assertThat(VectorHint.applies(exact, cold, never)).isFalse();
    assertThat(VectorHint.applies(dense, cold - 1, never)).isFalse();
    assertThat(VectorHint.message(cold)).startsWith("chem: hint: |U| = " + cold + " ")
        .contains("CHEM_VECTOR=1").doesNotContain("\n");
  }
}
