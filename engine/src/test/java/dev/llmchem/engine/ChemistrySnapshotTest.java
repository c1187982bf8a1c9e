package dev.llmchem.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmchem.engine.cheme.ChemMatrix;
import dev.llmchem.engine.cheme.NaiveCheme;
import dev.llmchem.engine.cost.CostTable;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.io.IngestOptions;
import dev.llmchem.engine.mig.UsedMap;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.recommend.Recommendation;
import dev.llmchem.engine.testutil.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The facade: caller-supplied costs, cost of any subset, and lock-free concurrent queries. */
class ChemistrySnapshotTest {
  static TaskAnalysis task(SplittableRandom rnd, int models) {
    StringBuilder csv = new StringBuilder("trial,model,task,quality,accuracy,strategy\n");
    for (int t = 0; t < 12; t++) {
      for (int m = 0; m < models; m++) {
        if (rnd.nextInt(3) > 0) {
          csv.append("T ").append(t).append(",m").append(m).append(",fix it,")
              .append(Math.round(rnd.nextDouble(0, 10) * 100) / 100.0).append(',')
              .append(Math.round(rnd.nextDouble(0, 1) * 1000) / 1000.0).append(",RANDOM\n");
        }
      }
    }
    return Analysis.of(HistoryReader.read("t.csv", csv.toString(), IngestOptions.defaults())
        .history(), AnalysisOptions.defaults()).tasks().get(0);
  }

  @Test
  void callerSuppliedCostTableIsUsedInsteadOfEq1() {
    SplittableRandom rnd = new SplittableRandom(Seeds.seed("callerSuppliedCostTable"));
    for (int round = 0; round < 20; round++) {
      TaskAnalysis t = task(rnd, 3 + rnd.nextInt(6));
      int s = t.universeSize();
      int u = Math.min(s, 1 + rnd.nextInt(s));
      int[] bits = new int[u];
      for (int i = 0; i < u; i++) {
        bits[i] = i;
      }
      double[] table = new double[1 << u];
      for (int i = 0; i < table.length; i++) {
        table[i] = rnd.nextInt(5) == 0 ? 0.0 : rnd.nextDouble(0.01, 2);
      }
      Chemistry c = t.chemistry(CostTable.of(table, bits, s), ChemeOptions.defaults());
      ChemMatrix oracle = NaiveCheme.compute(table, new UsedMap(s, bits));
      assertThat(c.matrix().sameEntries(oracle)).isTrue();
      assertThat(c.matrix().maxAbsDiff(oracle)).isLessThanOrEqualTo(1e-12);
      assertThat(c.cost(0L)).isEqualTo(table[0]);
    }
  }

  @Test
  void costOfAnySubsetIgnoresUnusedMembers() {
    TaskAnalysis t = task(new SplittableRandom(7), 6);
    List<String> used = t.usedNames();
    List<String> all = List.of(t.models());
    double withAll = t.cost(all);
    assertThat(t.cost(used)).isEqualTo(withAll);
    assertThat(t.costOfS()).isEqualTo(withAll);
    assertThat(t.cost(List.of())).isEqualTo(1.0);
    assertThatThrownBy(() -> t.cost(List.of("nope"))).hasMessageContaining("unknown model 'nope'");
  }

  @Test
  void manyThreadsQueryOneSnapshotAndAgreeWithOneThread() throws Exception {
    TaskAnalysis t = task(new SplittableRandom(11), 10);
    Chemistry c = t.chemistry();
    Recommendation single = c.recommend();
    String[] names = c.models();
    double[] expected = c.matrix().toArray();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> out = new ArrayList<>();
      for (int k = 0; k < 32; k++) {
        out.add(pool.submit(() -> {
          boolean ok = c.recommend().equals(single);
          for (int a = 0; a < names.length; a++) {
            for (int b = 0; b < names.length; b++) {
              ok &= c.chem(names[a], names[b]) == expected[a * names.length + b];
            }
          }
          return ok && c.entries().size() == c.entryCount();
        }));
      }
      for (Future<Boolean> f : out) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }
}
