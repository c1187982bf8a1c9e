package dev.llmchem.engine.cheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.testutil.Seeds;
import dev.llmchem.engine.testutil.Stopper;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The table check of a large dense run stops when the run is cancelled, not only after it, and
 * its parallel form (every worker of the run, for tables of {@code PARALLEL_CELLS} or more)
 * answers as the cell-by-cell scan does: the same summary, or the same first bad cell.
 */
class TableCheckTest {
  private static final ForkJoinPool POOL = new ForkJoinPool(2);

  @AfterAll
  static void shutDown() {
    POOL.shutdown();
  }

  @Test
  void aLargeCheckPollsAndStops() {
    int u = 22;
    double[] t = new double[1 << u];
    Arrays.fill(t, 1.0);
    Stopper stopsAtTheSecondPoll = new Stopper(1);
    assertThatThrownBy(() -> TableCheck.summarize(t, u, stopsAtTheSecondPoll,
        "dense CHEME over |U| = 22")).isInstanceOf(CancelledException.class)
        .hasMessageContaining("dense CHEME over |U| = 22");
    assertThat(stopsAtTheSecondPoll.polls.get())
        .as("stopped at the second of %d polls", t.length / TableCheck.POLL_CELLS).isEqualTo(2);
    // not cancelled: the same answer as without a listener
    assertThat(TableCheck.summarize(t, u, ProgressListener.NONE, "x"))
        .isEqualTo(TableCheck.summarize(t, u));
  }

  @Test
  void theParallelCheckAnswersAsOneThread() {
    long seed = Seeds.seed("TableCheckTest.theParallelCheckAnswersAsOneThread");
    Random r = new Random(seed);
    double[] odd = {0.0, -0.0, 0x1p-201, 0x1p200, 0x1p201, Double.MIN_VALUE, Double.MAX_VALUE,
        0x1p-101, 0x1p101, 1e-3, 1e3};
    double[] bad = {-1.0, Double.NaN, Double.POSITIVE_INFINITY};
    int u = 22;
    assertThat(1 << u).isGreaterThanOrEqualTo(TableCheck.PARALLEL_CELLS);
    double[] t = new double[1 << u];
    for (int rep = 0; rep < 8; rep++) {
      for (int i = 0; i < t.length; i++) {
        t[i] = 0.01 + r.nextDouble();
      }
      for (int k = rep % 4; k > 0; k--) {
        t[r.nextInt(t.length)] = odd[r.nextInt(odd.length)];
      }
      for (int k = rep % 3 == 2 ? 2 : 0; k > 0; k--) { // two bad cells: the first is named
        t[r.nextInt(t.length)] = bad[r.nextInt(bad.length)];
      }
      String one; // the cell-by-cell oracle
      try {
        one = TableCheck.scanExactly(t, 0, t.length).toString();
      } catch (IllegalArgumentException e) {
        one = e.getMessage();
      }
      for (int threads = 1; threads <= 3; threads++) {
        String many;
        try {
          many = TableCheck.summarize(t, u, ProgressListener.NONE, "x", threads, POOL).toString();
        } catch (IllegalArgumentException e) {
          many = e.getMessage();
        }
        assertThat(many).as("seed=%d rep=%d threads=%d", seed, rep, threads).isEqualTo(one);
      }
    }
  }

  @Test
  void theParallelCheckPollsAndStops() {
    int u = 22;
    double[] t = new double[1 << u];
    Arrays.fill(t, 1.0);
    Stopper stopsAtOnce = new Stopper(0);
    assertThatThrownBy(() -> TableCheck.summarize(t, u, stopsAtOnce,
        "dense CHEME over |U| = 22", 2, POOL)).isInstanceOf(CancelledException.class)
        .hasMessageContaining("dense CHEME over |U| = 22");
    assertThat(stopsAtOnce.polls.get()).as("each worker stops at its first poll")
        .isBetween(1L, 2L);
    // polled between blocks only, as the one-thread scan: 2^22 cells = 4 blocks, 3 polls
    Stopper counts = new Stopper(Long.MAX_VALUE);
    TableCheck.summarize(t, u, counts, "x", 2, POOL);
    assertThat(counts.polls.get()).isEqualTo(t.length / TableCheck.POLL_CELLS - 1);
  }
}
