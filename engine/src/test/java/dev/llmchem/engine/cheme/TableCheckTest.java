package dev.llmchem.engine.cheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.testutil.Stopper;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The table check of a large dense run stops when the run is cancelled, not only after it. */
class TableCheckTest {
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
}
