package dev.llmchem.engine.cheme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.mig.UsedMap;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * How a pass is cut into work items when there are fewer sub-cubes than workers need, and that
 * a worker stops sweeping a pair once its max reached 1 (the value CHEME clips to).
 */
class DenseDriverTest {
  /** The scalar loops, counting the pair sweeps they are asked for. */
  private static final class Counting implements PairKernel {
    final AtomicLong sweeps = new AtomicLong();

    @Override
    public String name() {
      return "counting";
    }

    @Override
    public int minRun() {
      return 1;
    }

    @Override
    public double pairMax(double[] t, int n, int lo, int hi, int f, int g, double m) {
      sweeps.incrementAndGet();
      return DenseKernel.pairMax(t, n, lo, hi, f, g, m);
    }

    @Override
    public void pairMaxChecked(double[] t, int n, int lo, int hi, int f, int g, double[] mx,
        double[] ok, int slot) {
      sweeps.incrementAndGet();
      DenseKernel.pairMaxChecked(t, n, lo, hi, f, g, mx, ok, slot);
    }
  }

  @Test
  void saturatedPairsAreSweptNoMore() {
    long seed = new Random().nextLong();
    System.out.println("seed=" + seed);
    Random r = new Random(seed);
    int u = 12;
    UsedMap map = UsedMap.allUsed(u);
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      for (int kind = 0; kind < 3; kind++) {
        double[] c = kind == 0 ? CostTables.positive(u, r) // most pairs reach 1 at once
            : kind == 1 ? CostTables.withZeros(u, r, 0.2) // the zero test's loops
            : CostTables.positive(u, r);
        if (kind == 2) { // costs in [1, 1.01): every term below 0.02, no pair saturates
          for (int i = 0; i < c.length; i++) {
            c[i] = 1 + c[i] / 100;
          }
        }
        ChemMatrix naive = NaiveCheme.compute(c, map);
        for (int threads = 1; threads <= 3; threads++) {
          Counting k = new Counting();
          // lane and high groups of 2 bits: 2^8 sub-cubes of 2^4 cells, each item a few pairs
          ChemMatrix m = DenseCheme.compute(c, map, threads, pool, ProgressListener.NONE, 2, 2,
              k);
          String what = "seed=" + seed + " kind=" + kind + " threads=" + threads;
          DenseChemeDifferentialTest.assertSame(naive, m, map, what);
          long full = 0; // every pair once per sub-cube of every pass that holds it
          for (BlockPlan.Pass p : new BlockPlan(u, 2, 2).passes) {
            full += p.pairCount * p.outerCount;
          }
          if (kind == 2) {
            assertThat(k.sweeps).as(what).hasValue(full);
          } else {
            assertThat(k.sweeps.get()).as(what).isLessThan(full / 2);
          }
        }
      }
    } finally {
      pool.shutdown();
    }
  }
  /**
   * A worker's buffers are made by the thread that runs it, when it takes its first item: here
   * the pool's one thread is held until the calling thread has taken every item (the progress
   * of the last one releases it), so its task finds no work and must make nothing.
   */
  @Test
  void aWorkerMakesItsBuffersOnItsOwnThreadAndOnlyWhenItTakesAnItem() throws Exception {
    int u = 10;
    BlockPlan plan = new BlockPlan(u, 2, 2);
    List<Thread> made = new CopyOnWriteArrayList<>();
    DenseDriver.WorkerFactory factory = () -> {
      made.add(Thread.currentThread());
      return new DenseDriver.Worker(u * (u - 1) / 2) {
        @Override
        void load(BlockPlan p, BlockPlan.Pass pass, int base) { }

        @Override
        void run(BlockPlan p, BlockPlan.Pass pass, BlockPlan.Layout lay, int from, int to) { }
      };
    };
    CountDownLatch lastItemTaken = new CountDownLatch(1);
    AtomicLong advanced = new AtomicLong();
    ProgressListener progress = new ProgressListener() {
      @Override
      public void start(String task, long total) { }

      @Override
      public void advance(long units) {
        if (advanced.addAndGet(units) == DenseCheme.terms(u)) {
          lastItemTaken.countDown();
        }
      }

      @Override
      public void finish() { }
    };
    ForkJoinPool pool = new ForkJoinPool(1);
    try {
      pool.submit(() -> { // occupies the pool's thread until every item is done
        lastItemTaken.await();
        return null;
      });
      DenseDriver.Worker w = DenseDriver.run(plan, factory, 2, pool, progress, "test");
      assertThat(w.mx).hasSize(u * (u - 1) / 2);
      assertThat(made).containsExactly(Thread.currentThread());
      assertThat(advanced).hasValue(DenseCheme.terms(u));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void eachPermutedLayoutIsOneSliceAndTheNaturalOneIsCutForBalance() {
    for (int u = 3; u <= 16; u++) {
      for (int slices : new int[] {2, 5, 17, 64}) {
        for (BlockPlan.Pass p : new BlockPlan(u, 6, 5).passes) {
          int[] c = DenseDriver.cuts(p, slices);
          assertThat(c[0]).isZero();
          assertThat(c[c.length - 1]).isEqualTo(p.pairCount);
          for (int i = 1; i < c.length; i++) {
            assertThat(c[i]).as("u=%d slices=%d", u, slices).isGreaterThan(c[i - 1]);
          }
          int ord = 0;
          for (BlockPlan.Layout lay : p.layouts) {
            int n = lay.pairCount();
            int inside = 0; // cut points in (ord, ord + n]: the slices ending in this layout
            for (int i = 1; i < c.length; i++) {
              inside += c[i] > ord && c[i] <= ord + n ? 1 : 0;
            }
            if (lay.groups[0] != 0) {
              assertThat(inside).as("u=%d permuted layout cut once", u).isEqualTo(1);
            } else {
              assertThat(inside).isEqualTo(Math.min(slices, n));
            }
            ord += n;
          }
        }
      }
    }
  }

  @Test
  void permutedLayoutsComeFirstInEveryPass() {
    for (int u = 3; u <= 30; u++) {
      for (BlockPlan.Pass p : new BlockPlan(u, 6, 5).passes) {
        boolean seenNatural = false;
        for (BlockPlan.Layout lay : p.layouts) {
          if (lay.groups[0] == 0) {
            seenNatural = true;
          } else {
            assertThat(seenNatural).as("u=%d", u).isFalse();
          }
        }
      }
    }
  }
}
