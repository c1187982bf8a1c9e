package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --timeout and Ctrl-C end a run blocked in the kernel, through the packaged {@code chem.jar}
 * (issue "Reliability, round 2", item 2): {@code mkfifo f; chem profile --data f --timeout 1s}
 * used to hang forever, since opening a FIFO without a writer blocks and nothing polls. Now the
 * watchdog prints the usual line once the deadline and {@link Watchdog#GRACE} have passed and
 * the process exits with 1; Ctrl-C ends it with 130. Runs after {@code package} (failsafe).
 */
class BlockedInputIT {
  @Test
  void aFifoWithoutWriterEndsAtTheTimeout(@TempDir Path dir) throws Exception {
    Path fifo = BlockedInputTest.fifo(dir, "f.csv");
    long t0 = System.nanoTime();
    ChemProcess p = start(dir, "profile", "--data", fifo.toString(), "--timeout", "1s",
        "--json");
    assertThat(p.waitForSeconds(30)).as(p.err()).isEqualTo(1);
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(15);
    assertThat(p.out()).isEmpty();
    assertThat(p.err()).matches("chem: profile: stopped after \\d+\\.\\d s \\(--timeout 1s\\)"
        + " during reading f\\.csv; no output written" + System.lineSeparator());
  }

  @Test
  void aStalledPipeEndsAtTheTimeout(@TempDir Path dir) throws Exception {
    Path fifo = BlockedInputTest.fifo(dir, "stalled.csv");
    ExecutorService pool = BlockedInputTest.daemons();
    CountDownLatch end = new CountDownLatch(1);
    try {
      ChemProcess p = start(dir, "recommend", "--data", fifo.toString(), "--timeout", "1500ms");
      pool.submit(() -> {
        try (OutputStream w = Files.newOutputStream(fifo)) {
          w.write("trial,model,task,quality,accuracy\nT1,m1,fix it,7,0.9\nT1,m2,fi"
              .getBytes(StandardCharsets.UTF_8));
          w.flush();
          end.await(); // half a file, then the writer stalls with the pipe open
        }
        return null;
      });
      assertThat(p.waitForSeconds(30)).as(p.err()).isEqualTo(1);
      assertThat(p.out()).isEmpty();
      assertThat(p.err()).startsWith("chem: recommend: stopped after ")
          .contains(" (--timeout 1.5s) during reading stalled.csv")
          .endsWith("; no output written" + System.lineSeparator()).hasLineCount(1);
    } finally {
      end.countDown();
      pool.shutdownNow();
    }
  }

  /**
   * SIGINT while the open blocks: the Ctrl-C hook waits {@link Watchdog#GRACE} for the command,
   * then prints its line; the JVM exits with 130. The signal is sent 3 s after the start, when
   * the JVM has long installed its hook and is blocked in the open.
   */
  @Test
  void ctrlCEndsABlockedOpen(@TempDir Path dir) throws Exception {
    Path kill = Path.of("/bin/kill");
    assumeTrue(Files.isExecutable(kill), "needs /bin/kill to send SIGINT");
    Path fifo = BlockedInputTest.fifo(dir, "f.csv");
    assumeTrue(Files.isRegularFile(ChemProcess.jar()), "no packaged chem.jar: run mvn verify");
    ChemProcess p = ChemProcess.startInterruptible(ChemProcess.currentJava(), List.of(), dir,
        "profile", "--data", fifo.toString(), "--json");
    assumeTrue(p != null, "needs env --default-signal (coreutils 8.31+) to undo an inherited"
        + " SIG_IGN of SIGINT");
    Thread.sleep(3_000);
    assertThat(p.process.isAlive()).as("ended before the signal: %s", p.err()).isTrue();
    new ProcessBuilder(kill.toString(), "-INT", Long.toString(p.process.pid())).start().waitFor();
    assertThat(p.waitForSeconds(30)).as(p.err()).isEqualTo(130);
    assertThat(p.out()).isEmpty();
    assertThat(p.err()).matches("chem: profile: interrupted \\(Ctrl-C\\) after \\d+\\.\\d s"
        + " during reading f\\.csv; no output written" + System.lineSeparator());
  }

  private static ChemProcess start(Path dir, String... args) throws IOException {
    assumeTrue(Files.isRegularFile(ChemProcess.jar()), "no packaged chem.jar: run mvn verify");
    return ChemProcess.start(ChemProcess.currentJava(), List.of(), dir, args);
  }
}
