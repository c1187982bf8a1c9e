package dev.llmchem.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.cost.CostTable;
import dev.llmchem.engine.interaction.InteractionIndex;
import dev.llmchem.engine.interaction.InteractionMatrix;
import dev.llmchem.engine.interaction.MoebiusInteraction;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.testutil.Reference;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Interaction indices through the facade, on the real histories and the demo fixture (with
 * unused models): every method agrees, pairs outside U are 0, one value is recomputed from
 * the definition through {@link TaskAnalysis#cost}, a caller's table works, AUTO's choice.
 */
class InteractionFacadeTest {
  private static final ChemeOptions DEFAULTS = ChemeOptions.defaults();

  private static Analysis analyse(Path file) {
    return Analysis.of(HistoryReader.read(file).history(), AnalysisOptions.defaults());
  }

  @Test
  void methodsAgreeAndPairsOutsideUAreZero() {
    List<Path> files = List.of(Reference.file("runs.csv"), Reference.file("runs2.csv"),
        Path.of("../fixtures/data/demo.csv"));
    int outside = 0;
    for (Path f : files) {
      for (TaskAnalysis t : analyse(f).tasks()) {
        for (InteractionIndex index : InteractionIndex.values()) {
          InteractionMatrix auto = t.interactions(index);
          assertThat(auto.method()).isEqualTo("dense");
          assertThat(auto.index()).isEqualTo(index);
          InteractionMatrix exact = t.interactions(index,
              DEFAULTS.withMethod(ChemeOptions.Method.EXACT_EQ1));
          InteractionMatrix naive = t.interactions(index,
              DEFAULTS.withMethod(ChemeOptions.Method.NAIVE).withThreads(1));
          assertThat(exact.method()).isEqualTo("exact-eq1");
          String[] names = t.models();
          List<String> used = t.usedNames();
          for (int a = 0; a < names.length; a++) {
            for (int b = 0; b < names.length; b++) {
              double x = auto.value(a, b);
              assertThat(exact.value(a, b)).isCloseTo(x, within(1e-12));
              assertThat(naive.value(a, b)).isCloseTo(x, within(1e-12));
              if (a == b || !used.contains(names[a]) || !used.contains(names[b])) {
                assertThat(x).isZero();
                outside += a == b ? 0 : 1;
              }
            }
          }
          if (used.size() >= 3) {
            String a = used.get(0);
            String b = used.get(used.size() - 1);
            assertThat(auto.value(a, b)).as(f + " " + index)
                .isCloseTo(definition(t, index, a, b), within(1e-13));
          }
          assertThat(auto.entries()).hasSize(names.length * (names.length - 1) / 2);
        }
      }
    }
    assertThat(outside).as("the demo fixture has unused models").isPositive();
  }

  /** The index of (a, b) summed from the definition with costs priced by name. */
  private static double definition(TaskAnalysis t, InteractionIndex index, String a, String b) {
    List<String> others = new ArrayList<>(t.usedNames());
    others.remove(a);
    others.remove(b);
    int n = others.size() + 2;
    double sum = 0;
    for (int x = 0; x < 1 << others.size(); x++) {
      List<String> xs = new ArrayList<>();
      for (int k = 0; k < others.size(); k++) {
        if ((x >>> k & 1) != 0) {
          xs.add(others.get(k));
        }
      }
      List<String> xa = new ArrayList<>(xs);
      xa.add(a);
      List<String> xb = new ArrayList<>(xs);
      xb.add(b);
      List<String> xab = new ArrayList<>(xa);
      xab.add(b);
      double d = t.cost(xab) - t.cost(xa) - t.cost(xb) + t.cost(xs);
      sum += index.contextWeight(n, xs.size()) * d;
    }
    return sum;
  }

  @Test
  void callerTablesAndLimits() {
    TaskAnalysis t = analyse(Path.of("../fixtures/data/demo.csv")).tasks().get(0);
    CostTable eq1 = t.costTable();
    int u = eq1.usedCount();
    double[] mine = new double[1 << u];
    for (int m = 0; m < mine.length; m++) {
      mine[m] = Math.sin(m) + 2; // any non-negative table
    }
    CostTable own = CostTable.of(mine, eq1.bitToS(), t.universeSize());
    InteractionMatrix got = t.interactions(own, InteractionIndex.BANZHAF, DEFAULTS);
    double[] want = MoebiusInteraction.compute(mine, InteractionIndex.BANZHAF);
    for (int x = 0; x < u; x++) {
      for (int y = 0; y < u; y++) {
        assertThat(got.value(eq1.bitToS(x), eq1.bitToS(y))).isCloseTo(want[x * u + y],
            within(1e-12));
      }
    }
    assertThatThrownBy(() -> t.interactions(own, InteractionIndex.SHAPLEY,
        DEFAULTS.withMethod(ChemeOptions.Method.EXACT_EQ1))).hasMessageContaining("Eq. 1");
    assertThatThrownBy(() -> t.interactions(InteractionIndex.SHAPLEY,
        DEFAULTS.withProgress(ProgressListener.timeout(Duration.ZERO))))
        .isInstanceOf(CancelledException.class);
  }

  @Test
  void largePoolsRunTheClosedForm() {
    TaskAnalysis t = analyse(Path.of("../fixtures/data/pool-256.csv")).tasks().get(0);
    assertThat(t.used().size()).isGreaterThan(30);
    InteractionMatrix m = t.interactions(InteractionIndex.SHAPLEY);
    assertThat(m.method()).isEqualTo("exact-eq1");
    assertThat(m.size()).isEqualTo(256);
    assertThat(m.strongest(3)).hasSize(3);
    assertThatThrownBy(() -> t.interactions(InteractionIndex.SHAPLEY,
        DEFAULTS.withMethod(ChemeOptions.Method.DENSE))).isInstanceOf(LimitException.class)
        .hasMessageContaining("|U| <= 30");
    assertThatThrownBy(() -> t.interactions(InteractionIndex.SHAPLEY,
        DEFAULTS.withMethod(ChemeOptions.Method.NAIVE))).isInstanceOf(LimitException.class)
        .hasMessageContaining("|U| <= 24");
  }
}
