package dev.llmchem.engine.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.Chemistry;
import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.testutil.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The exact Eq. 1 method through the facade: the reference goldens, agreement with the dense
 * kernel, witnesses priced with Chemistry.cost, AUTO's choice, and |S| = 256 (pool-256.csv)
 * where RECOMMEND refuses with a clear message.
 */
class Eq1FacadeTest {
  static Stream<Path> synthetic() {
    return Reference.syntheticGoldens().stream();
  }

  @ParameterizedTest
  @MethodSource("synthetic")
  void exactEq1MatchesGoldensAndDense(Path golden) {
    JsonNode g = Reference.json(golden);
    Analysis an = Analysis.of(HistoryReader.read(golden.resolveSibling(g.get("file").asText()))
        .history(), AnalysisOptions.defaults());
    for (var e : g.get("tasks").properties()) {
      TaskAnalysis t = an.task(e.getKey());
      Chemistry auto = t.chemistry();
      assertThat(auto.method()).isEqualTo(ChemeOptions.Method.DENSE);
      Chemistry ex = t.chemistry(ChemeOptions.defaults().withMethod(ChemeOptions.Method.EXACT_EQ1));
      assertThat(ex.method()).isEqualTo(ChemeOptions.Method.EXACT_EQ1);
      PipelineChemistryGoldenTest.compare(ex, e.getValue().get("chem"), 1e-12);
      assertThat(ex.matrix().sameEntries(auto.matrix())).isTrue();
      assertThat(ex.matrix().maxAbsDiff(auto.matrix())).isLessThanOrEqualTo(1e-12);
      assertThat(ex.stablePartition(0.5, true)).isEqualTo(auto.stablePartition(0.5, true));
      checkWitnesses(ex, t);
    }
  }

  /** Every witness is counted and its term, priced from names, equals chem (inside U). */
  static void checkWitnesses(Chemistry c, TaskAnalysis t) {
    List<String> used = t.usedNames();
    for (Chemistry.Entry e : c.entries()) {
      List<String> x = c.witness(e.a(), e.b());
      assertThat(x).doesNotContain(e.a(), e.b());
      double c0 = c.cost(x);
      double cf = c.cost(plus(x, e.a()));
      double cg = c.cost(plus(x, e.b()));
      double cab = c.cost(plus(plus(x, e.a()), e.b()));
      assertThat(c0 != 0 && cf != 0 && cg != 0 && cab != 0).as(e + " counted").isTrue();
      if (used.contains(e.a()) && used.contains(e.b())) {
        assertThat(Math.min(1.0, Math.abs(cab - cf - cg + c0) / cab)).as(e.toString())
            .isEqualTo(e.chem());
      }
    }
  }

  private static List<String> plus(List<String> x, String m) {
    List<String> y = new ArrayList<>(x);
    y.add(m);
    return y;
  }

  @Test
  void pool256RunsExactEq1Automatically() {
    Path pool = Path.of(System.getProperty("llmchem.root", ".."), "fixtures/data/pool-256.csv");
    Analysis an = Analysis.of(HistoryReader.read(pool).history(), AnalysisOptions.defaults());
    TaskAnalysis t = an.tasks().get(0);
    assertThat(t.universeSize()).isEqualTo(256);
    Chemistry c = t.chemistry();
    assertThat(c.method()).isEqualTo(ChemeOptions.Method.EXACT_EQ1);
    assertThat(c.size()).isEqualTo(256);
    assertThat(c.entryCount()).isEqualTo(256 * 255 / 2);
    assertThat(c.costTable()).isNull();
    assertThat(c.stablePartition(0.0, false)).hasSize(1);
    assertThat(c.matrix().pairs(0.0, false)).hasSize(2 * c.entryCount());
    checkWitnesses(c, t);
    assertThatThrownBy(c::recommend).isInstanceOf(LimitException.class)
        .hasMessageContaining("|S| <= 64");
    assertThatThrownBy(() -> t.chemistry(ChemeOptions.defaults()
        .withMethod(ChemeOptions.Method.DENSE))).isInstanceOf(LimitException.class)
        .hasMessageContaining("exact-eq1");
  }
}
