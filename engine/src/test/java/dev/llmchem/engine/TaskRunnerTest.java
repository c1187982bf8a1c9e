package dev.llmchem.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.io.IngestOptions;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.testutil.Stopper;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Many tasks in parallel: answers in task order, equal for any thread count, bounded. */
class TaskRunnerTest {

  /** A history of {@code tasks} distinct prompts, 6-9 models each, random profiles. */
  static Analysis analysis(int tasks, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder csv = new StringBuilder("trial,model,task,quality,accuracy\n");
    for (int t = 0; t < tasks; t++) {
      int models = 6 + r.nextInt(4);
      for (int m = 0; m < models; m++) {
        csv.append("T").append(t).append(",m").append(m).append(",prompt q").append(t)
            .append(" about x").append(t % 7).append(',').append(1 + r.nextInt(9)).append(',')
            .append(r.nextInt(100) / 100.0).append('\n');
      }
    }
    return Analysis.of(HistoryReader.read("h.csv", csv.toString(), IngestOptions.defaults())
        .history(), AnalysisOptions.defaults());
  }

  private static List<String> answers(Analysis an, int threads) {
    List<String> out = new ArrayList<>();
    TaskRunner.run(an.tasks(), threads, ProgressListener.NONE, (t, c) -> {
      Chemistry ch = t.chemistry(c.cheme(ChemeOptions.Method.AUTO));
      return t.prototype() + " " + ch.recommend().loss() + " " + ch.entryCount();
    }, (t, s) -> {
      assertTrue(s.startsWith(t.prototype() + " "), "result delivered with its task");
      out.add(s);
    });
    return out;
  }

  @Test
  void sameAnswersInTaskOrderForAnyThreadCount() {
    Analysis an = analysis(300, 11);
    assertEquals(300, an.tasks().size());
    List<String> one = answers(an, 1);
    for (int threads : new int[] {0, 2, 3, 8}) {
      assertEquals(one, answers(an, threads), "threads " + threads);
    }
    for (int i = 0; i < one.size(); i++) {
      assertTrue(one.get(i).startsWith(an.tasks().get(i).prototype() + " "));
    }
  }

  @Test
  void aSlowFirstTaskHoldsAtMostTheWindow() {
    Analysis an = analysis(200, 3);
    AtomicInteger started = new AtomicInteger();
    AtomicInteger maxAhead = new AtomicInteger();
    AtomicInteger delivered = new AtomicInteger();
    TaskRunner.run(an.tasks(), 2, ProgressListener.NONE, (t, c) -> {
      int k = started.getAndIncrement();
      maxAhead.accumulateAndGet(k - delivered.get(), Math::max);
      if (t == an.tasks().get(0)) {
        sleep(200);
      }
      return t;
    }, (t, x) -> delivered.incrementAndGet());
    assertEquals(200, delivered.get());
    assertTrue(maxAhead.get() <= 16, "at most 8 x workers started ahead: " + maxAhead.get());
  }

  @Test
  void theFirstFailureIsRethrownAndStopsTheRun() {
    Analysis an = analysis(100, 5);
    AtomicInteger ran = new AtomicInteger();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> TaskRunner.run(an.tasks(), 2, ProgressListener.NONE, (t, c) -> {
          if (ran.incrementAndGet() == 10) {
            throw new IllegalStateException("task failed");
          }
          return t;
        }, (t, x) -> { }));
    assertEquals("task failed", e.getMessage());
    assertTrue(ran.get() < 100, "stopped early: " + ran.get());
  }

  @Test
  void aFailingSinkIsRethrownAndSeesNoNull() {
    for (int round = 0; round < 5; round++) {
      Analysis an = analysis(60, 13 + round);
      AtomicInteger seen = new AtomicInteger();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> TaskRunner.run(an.tasks(), 3, ProgressListener.NONE, (t, c) -> t, (t, x) -> {
            if (seen.incrementAndGet() == 5) {
              sleep(30); // the other workers finish meanwhile and queue their deliveries
              throw new IllegalArgumentException("sink failed");
            }
          }));
      assertEquals("sink failed", e.getMessage(), "round " + round);
      // before the fix, a later delivery handed the sink null for the failed head
      assertEquals(5, seen.get(), "nothing delivered after the failure, round " + round);
    }
  }

  @Test
  void cancellationStopsEveryWorker() {
    Analysis an = analysis(100, 7);
    Stopper stop = new Stopper(5);
    CancelledException e = assertThrows(CancelledException.class,
        () -> TaskRunner.run(an.tasks(), 2, stop, (t, c) -> {
          sleep(2);
          c.progress().cancelled(); // the kernels poll through the context's listener
          return t;
        }, (t, x) -> { }));
    assertTrue(e.getMessage().contains("100 tasks"), e.getMessage());
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
