package dev.llmchem.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.cost.NaiveCost;
import dev.llmchem.engine.history.History;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/** The cost-table and ingest benchmarks measure the right thing: each method's answer is checked. */
class FoundationBenchmarksAnswerTest {
  static final Blackhole BH = new Blackhole(
      "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

  @Test
  void costTableFastEqualsNaive() {
    CostTableBenchmark b = new CostTableBenchmark();
    b.u = 8;
    b.setUp();
    double[] fast = b.fast();
    for (int mask = 0; mask < 1 << 8; mask++) {
      int m = mask;
      int[] members = IntStream.range(0, 8).filter(i -> (m >>> i & 1) == 1).toArray();
      assertThat(fast[mask]).isEqualTo(NaiveCost.cost(members, b.names, b.q, b.a, 0.5));
    }
    b.naive(BH);
  }

  @Test
  void ingestVariantsReadTheSameColumns() throws Exception {
    IngestBenchmark b = new IngestBenchmark();
    b.data = "2000";
    b.setUp();
    History ours = b.bytes();
    for (History other : new History[] {b.fastcsv(), b.commonsCsv()}) {
      assertThat(ours.rows()).isEqualTo(2000).isEqualTo(other.rows());
      assertThat(ours.quality()).containsExactly(other.quality());
      assertThat(ours.accuracy()).containsExactly(other.accuracy());
      assertThat(ours.modelNames()).containsExactly(other.modelNames());
    }
    IngestBenchmark.Loaded loaded = new IngestBenchmark.Loaded();
    loaded.load(b);
    int clusters = b.readAndAnalyse().tasks().size();
    assertThat(clusters).isPositive();
    assertThat(b.readAndAnalyseFastCsv().tasks()).hasSize(clusters);
    assertThat(b.analyseOnly(loaded).tasks()).hasSize(clusters);
  }
}
