package dev.llmchem.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.io.IngestOptions;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.recommend.Recommendation;
import dev.llmchem.engine.testutil.Seeds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Concurrent embedding: {@value #READERS} threads query one published set of snapshots
 * (chem by name, cost of a mask, entries, RECOMMEND reference and exact) while another thread
 * builds the next generation from a grown history (rows appended, models added) and publishes
 * it. Every answer must equal the answer a single-threaded run computed beforehand for that
 * generation, bit for bit. Bounded by iteration counts (each reader runs at least
 * {@value #MIN_QUERIES} queries and until the builder is done), never by time.
 */
class ChemistryStressTest {
  static final int READERS = 8;
  static final int MIN_QUERIES = 3_000;
  static final int GENERATIONS = 4;
  /** Times the builder rebuilds and republishes each generation (more overlap with readers). */
  static final int REBUILDS = 5;

  /** A generation: its snapshots (one per task) and the single-threaded answers. */
  record Generation(int id, List<Chemistry> snaps, List<Expected> expected) { }

  /** Single-threaded answers for one task. */
  record Expected(String[] names, double[] chem, long[] masks, double[] costs,
      Recommendation reference, Recommendation exact, int entries) { }

  /** Rows of all generations: generation g is the first {@code rowsOf(g)} lines. */
  static List<String> rows(SplittableRandom rnd) {
    List<String> rows = new ArrayList<>();
    String[] tasks = {"fix buggy program", "classify short statement by fakeness"};
    for (int t = 0; t < 160; t++) {
      int models = 10 + t / 40 * 2; // later trials bring new models: S grows with the history
      double base = rnd.nextDouble(0.3, 0.95); // a trial's models share their best rows (X_Q)
      for (int k = 0, m = rnd.nextInt(models); k < 4; k++, m = (m + 1 + rnd.nextInt(3)) % models) {
        rows.add("T " + t + ",model-" + m + "," + tasks[t % 2] + ","
            + Math.round(rnd.nextDouble(0, 10) * 100) / 100.0 + ","
            + Math.round((base + m * 0.002) * 1000) / 1000.0 + ",RANDOM");
      }
    }
    return rows;
  }

  static int rowsOf(int g, int all) {
    return all * (g + 1) / GENERATIONS;
  }

  static List<Chemistry> build(List<String> rows, int g, int threads) {
    String csv = "trial,model,task,quality,accuracy,strategy\n"
        + String.join("\n", rows.subList(0, rowsOf(g, rows.size()))) + "\n";
    Analysis an = Analysis.of(HistoryReader.read("gen" + g + ".csv", csv,
        IngestOptions.defaults()).history(), AnalysisOptions.defaults());
    List<Chemistry> out = new ArrayList<>();
    for (TaskAnalysis t : an.tasks()) {
      out.add(t.chemistry(ChemeOptions.defaults().withThreads(threads)));
    }
    return out;
  }

  static Expected expect(Chemistry c, SplittableRandom rnd) {
    int s = c.size();
    long[] masks = new long[64];
    double[] costs = new double[masks.length];
    for (int i = 0; i < masks.length; i++) {
      masks[i] = rnd.nextLong() & (-1L >>> (64 - s));
      costs[i] = c.cost(masks[i]);
    }
    Recommendation exact = c.recommend(RecommendOptions.defaults()
        .withMethod(RecommendOptions.Method.EXACT).withThreads(1));
    return new Expected(c.models(), c.matrix().toArray(), masks, costs, c.recommend(), exact,
        c.entries().size());
  }

  @Test
  void readersSeeSingleThreadedAnswersWhileANewSnapshotIsBuilt() throws Exception {
    List<String> rows = rows(new SplittableRandom(20250710));
    List<Generation> gens = new ArrayList<>();
    for (int g = 0; g < GENERATIONS; g++) {
      List<Chemistry> snaps = build(rows, g, 1);
      List<Expected> exp = new ArrayList<>();
      for (Chemistry c : snaps) {
        exp.add(expect(c, new SplittableRandom(g)));
      }
      gens.add(new Generation(g, snaps, exp));
    }
    assertThat(gens.get(GENERATIONS - 1).snaps().get(0).size())
        .as("the history grows new models").isGreaterThan(gens.get(0).snaps().get(0).size());
    for (Generation g : gens) {
      for (Expected e : g.expected()) {
        assertThat(e.reference().isPresent()).as("a real answer to compare").isTrue();
      }
    }

    long seed = Seeds.seed("ChemistryStressTest");
    AtomicReference<Generation> current = new AtomicReference<>(gens.get(0));
    AtomicBoolean built = new AtomicBoolean();
    AtomicLong queries = new AtomicLong();
    java.util.concurrent.atomic.AtomicLongArray perGeneration =
        new java.util.concurrent.atomic.AtomicLongArray(GENERATIONS);
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int r = 0; r < READERS; r++) {
      SplittableRandom rnd = new SplittableRandom(seed + r);
      threads.add(new Thread(() -> {
        await(go);
        for (int i = 0; i < MIN_QUERIES || !built.get(); i++) {
          Generation gen = current.get();
          int t = rnd.nextInt(gen.snaps().size());
          String bad = query(gen.snaps().get(t), gen.expected().get(t), rnd);
          queries.incrementAndGet();
          perGeneration.incrementAndGet(gen.id());
          if (bad != null) {
            failures.add("generation " + gen.id() + ", task " + t + ": " + bad);
            return;
          }
        }
      }, "reader-" + r));
    }
    Thread builder = new Thread(() -> {
      await(go);
      try {
        for (int g = 1; g < GENERATIONS; g++) {
          for (int round = 0; round < REBUILDS; round++) {
            List<Chemistry> snaps = build(rows, g, 0); // parallel CHEME beside the readers
            Generation expected = gens.get(g);
            for (int t = 0; t < snaps.size(); t++) {
              if (!Arrays.equals(snaps.get(t).matrix().toArray(),
                  expected.expected().get(t).chem())) {
                failures.add("generation " + g + " built concurrently differs in task " + t);
              }
            }
            current.set(new Generation(g, snaps, expected.expected()));
          }
        }
      } catch (RuntimeException e) {
        failures.add("builder: " + e);
      } finally {
        built.set(true);
      }
    }, "builder");
    threads.add(builder);
    threads.forEach(Thread::start);
    go.countDown();
    for (Thread th : threads) {
      th.join();
    }
    System.out.println("ChemistryStressTest: " + queries.get() + " queries by " + READERS
        + " readers; per generation " + perGeneration);
    assertThat(failures).isEmpty();
    assertThat(current.get().id()).isEqualTo(GENERATIONS - 1);
    assertThat(queries.get()).isGreaterThanOrEqualTo((long) READERS * MIN_QUERIES);
  }

  /** One random query; null when it equals the single-threaded answer, else what differs. */
  static String query(Chemistry c, Expected e, SplittableRandom rnd) {
    int s = e.names().length;
    int kind = rnd.nextInt(20);
    if (kind == 0) {
      Recommendation r = c.recommend(RecommendOptions.defaults()
          .withMethod(RecommendOptions.Method.EXACT));
      return r.equals(e.exact()) ? null : "exact recommend " + r + " != " + e.exact();
    }
    if (kind < 4) {
      Recommendation r = c.recommend();
      return r.equals(e.reference()) ? null : "recommend " + r + " != " + e.reference();
    }
    if (kind < 6) {
      return c.entries().size() == e.entries() ? null : "entries " + c.entries().size();
    }
    if (kind < 12) {
      int k = rnd.nextInt(e.masks().length);
      double cost = c.cost(e.masks()[k]);
      return Double.compare(cost, e.costs()[k]) == 0 ? null : "cost " + cost + " != " + e.costs()[k];
    }
    int a = rnd.nextInt(s);
    int b = rnd.nextInt(s);
    double v = c.chem(e.names()[a], e.names()[b]);
    return Double.compare(v, e.chem()[a * s + b]) == 0 ? null
        : "chem(" + e.names()[a] + ", " + e.names()[b] + ") = " + v + " != " + e.chem()[a * s + b];
  }

  private static void await(CountDownLatch go) {
    try {
      go.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
