package dev.llmchem.engine.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.LiveAnalysis;
import dev.llmchem.engine.RecommendOptions;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.io.IngestOptions;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.testutil.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Readers never see a mix: 8 threads query snapshots (chem, recommendation, profiles) while a
 * writer appends rows in batches; every snapshot a reader saw is recorded with its answers,
 * and afterwards each is compared with a full rebuild at that snapshot's generation.
 * {@code -Dllmchem.live.stressRows=100000} runs the size (default 2,000).
 */
class LiveStressTest {
  private static final int ROWS = Integer.getInteger("llmchem.live.stressRows", 2_000);
  private static final int READERS = 8;

  @Test
  void readersSeeWholeSnapshotsThatEqualARebuildAtTheirGeneration() throws Exception {
    long seed = Seeds.seed("live stress");
    StreamMaker mk = new StreamMaker(seed, false);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      lines.add(mk.line());
    }
    AnalysisOptions o = AnalysisOptions.defaults();
    RecommendOptions ro = RecommendOptions.defaults();
    int n0 = 50;
    LiveAnalysis live = LiveAnalysis.of(read(lines.subList(0, n0)), o, ro, 1);
    // generation -> rows it holds, from the writer; generation -> what a reader saw
    Map<Long, Integer> rowsAt = new ConcurrentHashMap<>();
    Map<Long, String> seen = new ConcurrentHashMap<>();
    rowsAt.put(0L, n0);
    AtomicBoolean done = new AtomicBoolean();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicLong reads = new AtomicLong();
    List<Thread> readers = new ArrayList<>();
    for (int t = 0; t < READERS; t++) {
      Thread th = new Thread(() -> {
        try {
          while (!done.get()) {
            LiveAnalysis.Snapshot s = live.snapshot();
            String answer = answers(s);
            String again = answers(s);
            assertThat(again).as("a snapshot answers the same twice").isEqualTo(answer);
            String prior = seen.putIfAbsent(s.generation(), answer);
            if (prior != null) {
              assertThat(answer).as("two readers of generation " + s.generation())
                  .isEqualTo(prior);
            }
            reads.incrementAndGet();
          }
        } catch (Throwable e) {
          failure.compareAndSet(null, e);
        }
      }, "live-reader-" + t);
      th.start();
      readers.add(th);
    }
    int at = n0;
    while (at < ROWS) {
      int n = Math.min(ROWS - at, mk.batch() * 3);
      List<LiveRow> batch = new ArrayList<>();
      for (int i = at; i < at + n; i++) {
        batch.add(LiveDifferentialTest.row(lines.get(i), i + 2));
      }
      LiveAnalysis.Update u = live.append(batch);
      at += n;
      rowsAt.put(u.snapshot().generation(), at);
    }
    done.set(true);
    for (Thread th : readers) {
      th.join();
    }
    if (failure.get() != null) {
      throw new AssertionError("a reader failed", failure.get());
    }
    System.out.println("live stress: " + ROWS + " rows, " + rowsAt.size() + " generations, "
        + reads.get() + " snapshot reads, " + seen.size() + " generations seen by readers");
    assertThat(seen).isNotEmpty();
    for (Map.Entry<Long, String> e : seen.entrySet()) {
      int rows = rowsAt.get(e.getKey());
      Analysis rebuilt = Analysis.of(read(lines.subList(0, rows)), o);
      assertThat(e.getValue()).as("generation " + e.getKey() + " (" + rows + " rows)")
          .isEqualTo(answers(rebuilt, ro));
    }
  }

  /** Every task's prototype, profile values, chemistry entries and recommendation. */
  private static String answers(LiveAnalysis.Snapshot s) {
    StringBuilder b = new StringBuilder();
    for (LiveAnalysis.Task t : s.tasks()) {
      b.append(t.prototype()).append('|').append(t.chemistry().entries()).append('|')
          .append(t.chemistry().names(t.recommendation())).append('|')
          .append(t.recommendation().loss()).append('\n');
    }
    return b.toString();
  }

  private static String answers(Analysis an, RecommendOptions ro) {
    StringBuilder b = new StringBuilder();
    for (var t : an.tasks()) {
      var c = t.chemistry();
      var r = c.recommend(ro);
      b.append(t.prototype()).append('|').append(c.entries()).append('|').append(c.names(r))
          .append('|').append(r.loss()).append('\n');
    }
    return b.toString();
  }

  private static dev.llmchem.engine.history.History read(List<String> rows) {
    return HistoryReader.read("stress.csv", StreamMaker.HEADER + "\n" + String.join("\n", rows)
        + "\n", IngestOptions.defaults()).history();
  }
}
