package dev.llmchem.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.benchmarks.state.CostTableState;
import dev.llmchem.benchmarks.state.DataSets;
import dev.llmchem.benchmarks.state.HistoryState;
import dev.llmchem.benchmarks.state.PoolState;
import dev.llmchem.benchmarks.state.ReferenceState;
import dev.llmchem.benchmarks.state.PromptsState;
import dev.llmchem.benchmarks.state.TaskStringsState;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.cheme.ChemMatrix;
import dev.llmchem.engine.cheme.NaiveCheme;
import dev.llmchem.engine.profile.TaskProfiles;
import dev.llmchem.engine.recommend.Recommendation;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every method of the scaling suites runs once on a small input; answers checked. */
class ScalingBenchmarksAnswerTest {

  @Test
  void referenceStyleBaselineEqualsOracle() {
    for (int unused : new int[] {0, 3}) {
      ReferenceState st = new ReferenceState();
      st.s = 8;
      st.unused = unused;
      st.setup();
      Map<String, Double> ref = new ChemeReferenceBenchmark().referenceStyle(st);
      ChemMatrix ours = new ChemeReferenceBenchmark().denseParallel(st);
      ChemMatrix oracle = NaiveCheme.compute(st.cost, st.map);
      assertThat(ours).isEqualTo(oracle);
      assertThat(ref).hasSize(oracle.entryCount());
      for (int a = 0; a < st.s; a++) {
        for (int b = a + 1; b < st.s; b++) {
          assertThat(ref.get(st.names[a] + "|" + st.names[b]))
              .isCloseTo(oracle.chem(a, b), org.assertj.core.api.Assertions.within(1e-12));
        }
      }
      assertThat(st.referenceStyle().nodeCount()).isEqualTo((1 << (8 - unused)) + (1 << unused) - 1);
    }
  }

  @Test
  void threadCountsGiveTheSameMatrix() {
    CostTableState st = new CostTableState();
    st.u = 10;
    st.setup();
    ChemeThreadsBenchmark b = new ChemeThreadsBenchmark();
    ChemMatrix seq = b.denseSequential(st);
    for (int t : new int[] {1, 2, 3}) {
      PoolState pool = new PoolState();
      pool.threads = t;
      pool.up();
      try {
        assertThat(b.denseParallel(st, pool)).isEqualTo(seq);
      } finally {
        pool.down();
      }
    }
  }

  @Test
  void promptCorpusClustersLikeTheScan() {
    String[] p = PromptsState.generate(3000, 5);
    int[] indexed = dev.llmchem.engine.task.TaskClustering.cluster(p, 0.85);
    assertThat(indexed).containsExactly(dev.llmchem.engine.task.ScanClustering.cluster(p, 0.85));
    long protos = java.util.stream.IntStream.range(0, p.length).filter(i -> indexed[i] == i).count();
    assertThat(protos).isBetween(1000L, 2900L);
  }

  @Test
  void manyTaskPipelineAnswersAgree() {
    ManyTaskPipelineBenchmark b = new ManyTaskPipelineBenchmark();
    b.tasks = 200;
    b.rowsPerTask = 20;
    b.setUp();
    assertThat(b.analyseOnly()).isEqualTo(200);
    assertThat(b.pipeline()).isEqualTo(b.oneTaskAtATime()).isGreaterThan(0.0);
  }

  @Test
  void clusteringEqualsBaseline() {
    for (int n : new int[] {1, 2, 30, 301}) {
      TaskStringsState st = new TaskStringsState();
      st.tasks = n;
      st.setup();
      TaskClusterBenchmark b = new TaskClusterBenchmark();
      int[] engine = b.indexed(st);
      assertThat(engine).containsExactly(b.scan(st));
      if (n >= 30) {
        long protos = java.util.stream.IntStream.range(0, n).filter(i -> engine[i] == i).count();
        assertThat(protos).isLessThan(n);
      }
    }
  }

  @Test
  void profilesEqualBaseline() {
    HistoryState st = new HistoryState();
    st.rows = 3000;
    st.tasks = 5;
    st.setup();
    ProfileBuildBenchmark b = new ProfileBuildBenchmark();
    Map<String, Map<String, double[]>> naive = b.naive(st);
    List<TaskAnalysis> tasks = b.analysis(st).tasks();
    assertThat(tasks).hasSize(naive.size());
    for (TaskAnalysis t : tasks) {
      TaskProfiles p = t.profiles();
      Map<String, double[]> expect = naive.get(t.prototype());
      int has = 0;
      for (int i = 0; i < p.universeSize(); i++) {
        if (p.has(i)) {
          has++;
          assertThat(expect.get(p.name(i))).containsExactly(p.q(i), p.a(i));
        }
      }
      assertThat(has).isEqualTo(expect.size());
    }
  }

  @Test
  void pipelineEngineEqualsNaiveCheme() {
    PipelineEndToEndBenchmark b = new PipelineEndToEndBenchmark();
    b.data = "2000";
    check(b);
    b.data = DataSets.RUNS;
    check(b);
  }

  private static void check(PipelineEndToEndBenchmark b) {
    b.setUp();
    List<Recommendation> fast = b.engine();
    List<Recommendation> naive = b.naiveCheme();
    assertThat(fast).isNotEmpty().hasSameSizeAs(naive);
    for (int i = 0; i < fast.size(); i++) {
      assertThat(fast.get(i).mask()).isEqualTo(naive.get(i).mask());
      assertThat(fast.get(i).reason()).isEqualTo(naive.get(i).reason());
    }
  }
}
