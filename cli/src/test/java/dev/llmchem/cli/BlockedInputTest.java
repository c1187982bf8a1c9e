package dev.llmchem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --timeout bounds the whole run, blocked opens and reads included (issue "Reliability, round
 * 2", item 2): a FIFO without a writer blocks the open in the kernel, a writer that stalls
 * halfway blocks a read; neither polls the run control. The {@link Watchdog} prints the usual
 * line and calls the exit hook with 1 (in-process: a hook that records the code, since
 * {@link Main#execute} must not exit); the command's own late outcome, once the FIFO is
 * released, is not reported a second time. Through the packaged jar: {@code BlockedInputIT}.
 */
class BlockedInputTest {
  static Path fifo(Path dir, String name) throws IOException, InterruptedException {
    Path f = dir.resolve(name);
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", f.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "needs mkfifo");
      throw e;
    }
    assumeTrue(p.waitFor() == 0 && Files.exists(f), "mkfifo failed");
    return f;
  }

  /** A run in a thread, its exit hook's codes in a queue. */
  record Run(Future<Integer> result, BlockingQueue<Integer> exits, StringWriter out,
      StringWriter err) { }

  static Run start(ExecutorService pool, String... args) {
    return start(pool, Duration.ofMillis(300), args);
  }

  /** As above with the watchdog's {@code grace} past the deadline. */
  static Run start(ExecutorService pool, Duration grace, String... args) {
    BlockingQueue<Integer> exits = new ArrayBlockingQueue<>(4);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Main.Hooks hooks = new Main.Hooks(exits::add, grace, w -> { });
    Future<Integer> f = pool.submit(() -> Main.execute(args, new PrintWriter(out, true),
        new PrintWriter(err, true), hooks));
    return new Run(f, exits, out, err);
  }

  @Test
  void aFifoWithoutWriterIsBoundedByTheTimeout(@TempDir Path dir) throws Exception {
    Path fifo = fifo(dir, "history.csv");
    ExecutorService pool = daemons();
    try {
      long t0 = System.nanoTime();
      Run run = start(pool, "profile", "--data", fifo.toString(), "--timeout", "500ms", "--json");
      Integer code = run.exits().poll(20, TimeUnit.SECONDS);
      double secs = (System.nanoTime() - t0) / 1e9;
      release(pool, fifo, ""); // lets the blocked open return (EOF) so the thread ends
      assertThat(code).as("the watchdog's exit code (%s)", run.err()).isEqualTo(1);
      assertThat(secs).isLessThan(10);
      assertThat(run.result().get(20, TimeUnit.SECONDS)).isEqualTo(1);
      assertThat(run.out().toString()).isEmpty();
      assertThat(run.err().toString()).matches("chem: profile: stopped after \\d+\\.\\d s"
          + " \\(--timeout 500ms\\) during reading history\\.csv; no output written"
          + System.lineSeparator());
      assertThat(run.exits()).isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aStalledPipeIsBoundedByTheTimeout(@TempDir Path dir) throws Exception {
    Path fifo = fifo(dir, "stalled.csv");
    ExecutorService pool = daemons();
    CountDownLatch resume = new CountDownLatch(1);
    try {
      Run run = start(pool, "chemistry", "--data", fifo.toString(), "--timeout", "1s");
      Future<?> writer = pool.submit(() -> {
        try (OutputStream w = Files.newOutputStream(fifo)) {
          w.write(("trial,model,task,quality,accuracy\nT1,m1,fix it,7,0.9\nT1,m2,fi")
              .getBytes(StandardCharsets.UTF_8));
          w.flush();
          resume.await(); // the writer stalls halfway through a row
          w.write("x it,8,0.8\n".getBytes(StandardCharsets.UTF_8));
        }
        return null;
      });
      Integer code = run.exits().poll(20, TimeUnit.SECONDS);
      resume.countDown();
      writer.get(20, TimeUnit.SECONDS);
      assertThat(code).as("the watchdog's exit code (%s)", run.err()).isEqualTo(1);
      assertThat(run.result().get(20, TimeUnit.SECONDS)).isEqualTo(1);
      assertThat(run.out().toString()).isEmpty();
      assertThat(run.err().toString()).startsWith("chem: chemistry: stopped after ")
          .contains("(--timeout 1s) during reading stalled.csv")
          .endsWith("; no output written" + System.lineSeparator()).hasLineCount(1);
    } finally {
      resume.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void aRunThatStopsOnItsOwnIsNotReportedTwice(@TempDir Path dir) throws Exception {
    Path data = TimeoutCommandTest.u26(dir);
    ExecutorService pool = daemons();
    try {
      // the CLI's own grace: a deadline that falls while the run allocates its 512 MB cost
      // table is seen at the table's first poll, which took up to 0.3 s in a warm test JVM
      Run run = start(pool, Watchdog.GRACE, "chemistry", "--data", data.toString(), "--method",
          "dense", "--timeout", "10ms");
      assertThat(run.result().get(60, TimeUnit.SECONDS)).isEqualTo(1);
      Thread.sleep(Watchdog.GRACE.toMillis() + 500); // past deadline and grace: it stood down
      assertThat(run.exits()).isEmpty();
      assertThat(run.err().toString()).startsWith("chem: chemistry: stopped after ")
          .hasLineCount(1);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Threads that cannot keep the test JVM alive should one stay blocked in an open. */
  static ExecutorService daemons() {
    return Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fifo-test");
      t.setDaemon(true);
      return t;
    });
  }

  /** Opens the FIFO for writing (which releases a reader blocked in open), writes, closes. */
  private static void release(ExecutorService pool, Path fifo, String text) throws Exception {
    pool.submit(() -> {
      try (OutputStream w = Files.newOutputStream(fifo)) {
        w.write(text.getBytes(StandardCharsets.UTF_8));
      }
      return null;
    }).get(20, TimeUnit.SECONDS);
  }
}
