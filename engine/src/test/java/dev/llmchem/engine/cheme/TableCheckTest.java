package dev.llmchem.engine.cheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The table check of a large dense run stops when the run is cancelled, not only after it. */
class TableCheckTest {
  @Test
  void aLargeCheckPollsAndStops() {
    int u = 22;
    double[] t = new double[1 << u];
    Arrays.fill(t, 1.0);
    int[] polls = {0};
    ProgressListener stopsAtTheSecondPoll = new ProgressListener() {
      @Override
      public void start(String task, long total) { }

      @Override
      public void advance(long units) { }

      @Override
      public void finish() { }

      @Override
      public boolean cancelled() {
        return polls[0]++ > 0;
      }
    };
    assertThatThrownBy(() -> TableCheck.summarize(t, u, stopsAtTheSecondPoll,
        "dense CHEME over |U| = 22")).isInstanceOf(CancelledException.class)
        .hasMessageContaining("dense CHEME over |U| = 22");
    assertThat(polls[0]).as("stopped at the second of %d polls", t.length / TableCheck.POLL_CELLS)
        .isEqualTo(2);
    // not cancelled: the same answer as without a listener
    assertThat(TableCheck.summarize(t, u, ProgressListener.NONE, "x"))
        .isEqualTo(TableCheck.summarize(t, u));
  }
}
