package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A watchdog that ended a run has printed its line before the run's exit code is returned. */
class WatchdogTest {
  @Test
  void theExitCodeOfAFiredRunWaitsForItsLine() throws Exception {
    StringWriter text = new StringWriter();
    CountDownLatch writing = new CountDownLatch(1);
    Writer slow = new Writer() { // stderr that takes its time, as a loaded machine's may
      @Override
      public void write(char[] b, int off, int len) {
        writing.countDown();
        try {
          Thread.sleep(300);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        text.write(b, off, len);
      }

      @Override
      public void flush() { }

      @Override
      public void close() { }
    };
    RunControl control = new RunControl();
    control.timeout(Duration.ofMillis(1));
    control.working("dense CHEME over |U| = 26", null);
    Watchdog w = new Watchdog("chemistry", control, new PrintWriter(slow), () -> false,
        code -> { }, Duration.ofSeconds(5));
    Thread fire = new Thread(() -> w.fire(true));
    fire.start();
    assertThat(writing.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(w.fired()).isTrue(); // as Main sees it, mid-line
    assertThat(w.exitCode()).isEqualTo(1);
    assertThat(text.toString()).startsWith("chem: chemistry: stopped after ")
        .endsWith(System.lineSeparator());
    fire.join();
  }
}
