package dev.llmchem.engine;

import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.testutil.Stopper;
import dev.llmchem.engine.control.CancelledException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmchem.engine.cheme.ChemMatrix;
import dev.llmchem.engine.cheme.CostTables;
import dev.llmchem.engine.cheme.DenseCheme;
import dev.llmchem.engine.cheme.Eq1Cheme;
import dev.llmchem.engine.cheme.NaiveCheme;
import dev.llmchem.engine.cost.CostKernel;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.io.IngestOptions;
import dev.llmchem.engine.mig.UsedMap;
import dev.llmchem.engine.recommend.Explainer;
import dev.llmchem.engine.recommend.RecommendParams;
import dev.llmchem.engine.recommend.RecommendProblem;
import dev.llmchem.engine.recommend.Recommender;
import dev.llmchem.engine.task.TaskIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cooperative cancellation: every long kernel stops when its listener says
 * {@link ProgressListener#cancelled()}, throws {@link CancelledException} naming the work,
 * and has done only a small part of it; nothing partial is returned, and a later run on the
 * same objects is unaffected. Not timed: the listener cancels after a number of polls.
 */
class CancellationTest {
  private static void stops(Stopper s, String work, Supplier<?> job) {
    assertThatThrownBy(job::get).isInstanceOf(CancelledException.class)
        .hasMessageContaining(work).hasMessageContaining("cancelled");
    assertThat(s.polls.get()).as("polled").isGreaterThan(s.after);
  }

  @Test
  void denseRunOverABigTableStopsAfterAFewBlocks() {
    int u = 22; // 231 * 2^20 = 2.4e8 terms, 32 MiB table
    double[] cost = CostTables.positive(u, new Random(1));
    UsedMap map = new UsedMap(u, java.util.stream.IntStream.range(0, u).toArray());
    for (int threads : new int[] {1, 2}) {
      Stopper s = new Stopper(3);
      ForkJoinPool pool = new ForkJoinPool(threads);
      try {
        stops(s, "dense CHEME over |U| = 22", () -> threads == 1
            ? DenseCheme.sequential(cost, map, s) : DenseCheme.parallel(cost, map, pool, s));
      } finally {
        pool.shutdown();
      }
      assertThat(s.total).isEqualTo(DenseCheme.terms(u));
      assertThat(s.units.get()).as("terms done").isLessThan(s.total / 20);
    }
  }

  @Test
  void naiveAndExactEq1Stop() {
    int s = 20;
    double[] cost = CostTables.positive(s, new Random(2));
    UsedMap map = new UsedMap(s, java.util.stream.IntStream.range(0, s).toArray());
    Stopper naive = new Stopper(0);
    stops(naive, "naive CHEME over |S| = 20", () -> NaiveCheme.compute(cost, map, naive));
    int n = 300;
    SplittableRandom rnd = new SplittableRandom(3);
    double[] p = new double[n];
    int[] r2s = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = rnd.nextDouble();
      r2s[i] = i;
    }
    Stopper eq1 = new Stopper(4);
    stops(eq1, "exact-eq1 CHEME over |U| = 300",
        () -> Eq1Cheme.parallel(p, r2s, n, ForkJoinPool.commonPool(), eq1));
    assertThat(eq1.units.get()).isLessThan(n * (n - 1) / 2 / 10);
  }

  @Test
  void exactRecommendAndCostTableStop() {
    int n = 26;
    Random rnd = new Random(4);
    double[] chem = new double[n * n];
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        chem[a * n + b] = chem[b * n + a] = rnd.nextDouble();
      }
    }
    String[] names = new String[n];
    for (int i = 0; i < n; i++) {
      names[i] = String.format("m%02d", i);
    }
    RecommendProblem prob = RecommendProblem.of(names, chem, true, new long[] {7L},
        new double[n], new double[n]);
    for (ForkJoinPool pool : new ForkJoinPool[] {null, ForkJoinPool.commonPool()}) {
      Stopper s = new Stopper(1);
      stops(s, "exact RECOMMEND over 2^26 subsets",
          () -> Recommender.exact(prob, RecommendParams.DEFAULTS, pool, s));
      Stopper z = new Stopper(1);
      stops(z, "exact RECOMMEND of size 13 among 26 models",
          () -> Recommender.exactOfSize(prob, RecommendParams.DEFAULTS, 13, pool, z));
      Stopper u = new Stopper(1);
      stops(u, "recommend runner-ups over 2^26 subsets", () -> Explainer.explain(prob,
          Recommender.reference(prob, RecommendParams.DEFAULTS), RecommendParams.DEFAULTS, 0,
          null, pool, u));
      assertThat(u.units.get()).as("subsets done").isLessThan(u.total / 4);
    }
    double[] penalty = new double[22];
    java.util.Arrays.fill(penalty, 0.25);
    Stopper t = new Stopper(0);
    stops(t, "the Eq. 1 cost table over |U| = 22", () -> CostKernel.eq1Table(penalty, t));
  }

  @Test
  void ingestAndClusteringStop(@TempDir Path dir) throws IOException {
    StringBuilder csv = new StringBuilder("trial,model,task,quality,accuracy\n");
    List<String> tasks = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      csv.append("T").append(i).append(",m").append(i % 7).append(",task number ").append(i)
          .append(" of many,5,0.75\n");
      tasks.add("task number " + i + " of many");
    }
    Path file = dir.resolve("h.csv");
    Files.writeString(file, csv);
    for (int after : new int[] {0, 20, 50}) { // before the first record, and mid-parse
      Stopper read = new Stopper(after);
      stops(read, "reading h.csv", () -> HistoryReader.read(file, IngestOptions.defaults(), read));
    }
    Stopper clu = new Stopper(0);
    stops(clu, "clustering 50000 task strings", () -> TaskIndex.build(tasks, 0.85, clu));
  }

  @Test
  void aCancelledSnapshotLeavesTheTaskUsable() {
    TaskAnalysis t = ChemistrySnapshotTest.task(new SplittableRandom(5), 18);
    int u = t.used().size();
    assertThat(u).isGreaterThanOrEqualTo(8);
    Stopper s = new Stopper(0);
    assertThatThrownBy(() -> t.chemistry(ChemeOptions.defaults()
        .withMethod(ChemeOptions.Method.DENSE).withProgress(s)))
        .isInstanceOf(CancelledException.class);
    ChemMatrix after = t.chemistry(ChemeOptions.defaults().withMethod(ChemeOptions.Method.DENSE))
        .matrix();
    TaskAnalysis fresh = ChemistrySnapshotTest.task(new SplittableRandom(5), 18);
    ChemMatrix clean = fresh.chemistry(ChemeOptions.defaults()
        .withMethod(ChemeOptions.Method.DENSE)).matrix();
    assertThat(after.sameEntries(clean)).isTrue();
    assertThat(after.maxAbsDiff(clean)).isZero();
  }
}
