package dev.llmchem.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.llmchem.benchmarks.state.RecommendExactState;
import dev.llmchem.benchmarks.state.RecommendState;
import dev.llmchem.benchmarks.state.SmallRecommendState;
import dev.llmchem.engine.recommend.NaiveExactSearch;
import dev.llmchem.engine.recommend.NaiveLocalSearch;
import dev.llmchem.engine.recommend.NaiveSizeSearch;
import dev.llmchem.engine.recommend.Reason;
import dev.llmchem.engine.recommend.Recommendation;
import dev.llmchem.engine.recommend.RecommendProblem;
import org.junit.jupiter.api.Test;

/** Each benchmark method once on a small input, checked against the naive path. */
class RecommendBenchmarkTest {

  /** The problem's chemistry as a row-major n x n array. */
  static double[] chem(RecommendProblem p) {
    int n = p.size();
    double[] c = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        c[i * n + j] = p.chem(i, j);
      }
    }
    return c;
  }

  @Test
  void referenceBenchmarksComputeTheReferenceAnswer() {
    RecommendState s = new RecommendState();
    s.n = 8;
    s.setUp();
    RecommendBenchmark b = new RecommendBenchmark();
    Recommendation r = b.reference(s);
    long naive = NaiveLocalSearch.recommend(8, chem(s.problem), s.problem.configurations(),
        s.params);
    assertThat(r.reason()).isEqualTo(Reason.LOCAL_SEARCH);
    assertThat(r.mask()).isEqualTo(naive);
    assertThat(b.naiveReference(s)).isEqualTo(naive);
    Recommendation five = b.referenceOfSize5(s);
    assertThat(five.mask()).isEqualTo(NaiveSizeSearch.localSearch(8, chem(s.problem),
        s.problem.configurations(), s.params, 5));
  }

  @Test
  void exactBenchmarksComputeTheOptimum() {
    RecommendExactState s = new RecommendExactState();
    s.n = 12;
    s.setUp();
    RecommendExactBenchmark b = new RecommendExactBenchmark();
    long naive = NaiveExactSearch.optimum(12, chem(s.problem), s.params);
    SmallRecommendState small = new SmallRecommendState();
    small.smallN = 12;
    small.setUp();
    assertThat(b.naiveExact(small)).isEqualTo(naive);
    double naiveLoss = s.problem.loss(naive, s.params);
    Recommendation par = b.exactParallel(s);
    Recommendation seq = b.exactSequential(s);
    assertThat(par.reason()).isEqualTo(Reason.EXACT);
    assertThat(par.mask()).isEqualTo(seq.mask());
    assertThat(par.loss()).isCloseTo(naiveLoss, within(1e-9));
    double five = s.problem.loss(NaiveSizeSearch.exact(12, chem(s.problem), s.params, 5),
        s.params);
    double ten = s.problem.loss(NaiveSizeSearch.exact(12, chem(s.problem), s.params, 10),
        s.params);
    assertThat(b.exactOfSize5(s).loss()).isCloseTo(five, within(1e-9));
    assertThat(b.exactOfSize10(s).loss()).isCloseTo(ten, within(1e-9));
  }
}
