package dev.llmchem.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.testutil.Stopper;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The one worker arrangement: counts, the calling thread, joins, failures, cancellation. */
class WorkersTest {
  @Test
  void threadCountsMeanOneThing() {
    int cpus = Runtime.getRuntime().availableProcessors();
    assertThat(Workers.available()).isEqualTo(cpus);
    assertThat(Workers.resolve(0)).isEqualTo(cpus);
    assertThat(Workers.resolve(1)).isEqualTo(1);
    assertThat(Workers.resolve(7)).isEqualTo(7);
    assertThat(Workers.of(null)).isEqualTo(1);
    ForkJoinPool none = Workers.withThreads(1, pool -> pool);
    assertThat(none).isNull();
    assertThat(Workers.withThreads(3, ForkJoinPool::getParallelism)).isEqualTo(3);
    int zero = Workers.withThreads(0, pool -> pool == null ? 1 : pool.getParallelism());
    assertThat(zero).isEqualTo(cpus);
    ForkJoinPool[] made = new ForkJoinPool[1];
    Workers.withThreads(2, pool -> made[0] = pool);
    assertThat(made[0].isShutdown()).as("the dedicated pool is shut down").isTrue();
  }

  @Test
  void workerZeroIsTheCallingThreadAndAllRun() {
    ForkJoinPool pool = new ForkJoinPool(3);
    try {
      Set<Integer> seen = ConcurrentHashMap.newKeySet();
      Thread caller = Thread.currentThread();
      Thread[] zero = new Thread[1];
      boolean cancelled = Workers.run(4, pool, ProgressListener.NONE, (i, stop) -> {
        seen.add(i);
        if (i == 0) {
          zero[0] = Thread.currentThread();
        }
      });
      assertThat(cancelled).isFalse();
      assertThat(seen).containsExactlyInAnyOrder(0, 1, 2, 3);
      assertThat(zero[0]).isSameAs(caller);
      // one worker needs no pool
      assertThat(Workers.run(1, null, ProgressListener.NONE, (i, stop) -> seen.add(9))).isFalse();
      assertThat(seen).contains(9);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void theFirstFailureIsRethrownAfterEveryWorkerEnded() throws Exception {
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      IllegalStateException boom = new IllegalStateException("boom");
      CountDownLatch failed = new CountDownLatch(1);
      AtomicInteger started = new AtomicInteger();
      AtomicInteger ended = new AtomicInteger();
      assertThatThrownBy(() -> Workers.run(3, pool, ProgressListener.NONE, (i, stop) -> {
        started.incrementAndGet();
        try {
          if (i == 1) {
            failed.countDown();
            throw boom;
          }
          assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
          while (!stop.poll()) {
            Thread.onSpinWait(); // the others stop at their next poll
          }
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        } finally {
          ended.incrementAndGet();
        }
      })).isSameAs(boom);
      // the calling thread's worker does not start once another has failed; every worker that
      // started has ended when the failure is rethrown
      assertThat(ended.get()).isEqualTo(started.get()).isBetween(2, 3);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void cancellationStopsEveryWorker() {
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      Stopper stopAfterTen = new Stopper(10);
      AtomicInteger items = new AtomicInteger();
      boolean cancelled = Workers.run(3, pool, stopAfterTen, (i, stop) -> {
        while (!stop.poll()) {
          items.incrementAndGet();
        }
      });
      assertThat(cancelled).isTrue();
      assertThat(items.get()).isLessThanOrEqualTo(10);
      // once stopped, the signal stays: the listener is not asked again by a stopped worker
      assertThat(stopAfterTen.polls.get()).isLessThanOrEqualTo(13);
    } finally {
      pool.shutdown();
    }
  }
}
