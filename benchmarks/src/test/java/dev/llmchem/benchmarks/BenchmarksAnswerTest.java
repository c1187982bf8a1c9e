package dev.llmchem.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.benchmarks.state.CostTableState;
import dev.llmchem.benchmarks.state.MigState;
import dev.llmchem.benchmarks.state.PoolState;
import dev.llmchem.benchmarks.state.SmallTableState;
import dev.llmchem.engine.cheme.ChemMatrix;
import dev.llmchem.engine.cheme.DenseCheme;
import dev.llmchem.engine.mig.Mig;
import dev.llmchem.engine.mig.NaiveCovering;
import org.junit.jupiter.api.Test;

/** Calls every benchmark method once on a small input and checks the answer. */
class BenchmarksAnswerTest {

  @Test
  void chemeDense() {
    ChemeDenseBenchmark b = new ChemeDenseBenchmark();
    SmallTableState small = new SmallTableState();
    small.smallU = 8;
    small.setup();
    CostTableState st = new CostTableState();
    st.u = 8;
    st.setup();
    ChemMatrix oracle = b.naive(small);
    assertThat(oracle.entryCount()).isEqualTo(28);
    assertThat(b.denseSequential(st)).isEqualTo(oracle);
    assertThat(b.denseParallel(st)).isEqualTo(oracle);
    assertThat(DenseCheme.vectorAvailable()).as("surefire adds jdk.incubator.vector").isTrue();
    assertThat(b.vectorSequential(st)).isEqualTo(oracle);
    assertThat(b.vectorParallel(st)).isEqualTo(oracle);
  }

  @Test
  void chemeSmallTask() {
    for (int u : new int[] {8, 11}) {
      ChemeSmallTaskBenchmark b = new ChemeSmallTaskBenchmark();
      b.u = u;
      b.setup();
      SmallTableState small = new SmallTableState();
      small.smallU = u;
      small.setup();
      ChemMatrix oracle = new ChemeDenseBenchmark().naive(small);
      assertThat(b.direct()).as("u " + u).isEqualTo(oracle);
      assertThat(b.blocked()).as("u " + u).isEqualTo(oracle);
    }
  }

  @Test
  void chemeEq1EqualsDense() {
    ChemeEq1Benchmark b = new ChemeEq1Benchmark();
    PoolState pool = new PoolState();
    pool.up();
    try {
      ChemeEq1Benchmark.Eq1State exact = new ChemeEq1Benchmark.Eq1State();
      exact.n = 10;
      exact.kind = "wide";
      exact.up();
      ChemeEq1Benchmark.DenseState dense = new ChemeEq1Benchmark.DenseState();
      dense.n = 10;
      dense.kind = "wide";
      dense.up();
      ChemMatrix d = b.dense(dense, pool);
      ChemMatrix e = b.exactEq1(exact, pool).matrix();
      assertThat(e.sameEntries(d)).isTrue();
      assertThat(e.maxAbsDiff(d)).isLessThanOrEqualTo(1e-12);
    } finally {
      pool.down();
    }
  }

  @Test
  void mig() {
    MigBenchmark b = new MigBenchmark();
    MigState st = new MigState();
    st.s = 12;
    st.setup();
    Mig m = b.build(st);
    assertThat((long) m.nodeCount()).isEqualTo(Mig.expectedNodeCount(12, 10));
    long walk = b.coveringWalk(st);
    assertThat(b.coveringMemo(st)).isEqualTo(walk);
    assertThat(b.coveringMemoFastutil(st)).isEqualTo(walk);
    assertThat(b.coveringMemoHashMap(st)).isEqualTo(walk);
    assertThat(b.coveringMemoAgrona(st)).isEqualTo(walk);
    assertThat(b.coveringMemoEclipse(st)).isEqualTo(walk);
    long scan = 0;
    double costs = 0;
    for (int i = 0; i < 64; i++) {
      int n = NaiveCovering.covering(st.mig, st.queries[i]);
      scan += n;
      costs += st.mig.cost(n) - st.mig.costOf(st.queries[i]);
    }
    assertThat(b.coveringLinearScan64(st)).isEqualTo(scan);
    assertThat(costs).isZero();
  }
}
