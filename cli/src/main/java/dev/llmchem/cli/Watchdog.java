package dev.llmchem.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * Ends a run that its {@link RunControl} cannot stop. The engine polls the control once per
 * block of work, but a thread blocked in the kernel polls nothing: opening a FIFO that has no
 * writer, reading a stalled pipe or network file, writing to a reader that stopped reading. So
 * when the deadline of {@code --timeout} has passed and the command has not stopped within
 * {@link #GRACE}, the watchdog prints the line the command would have printed (the work last
 * reported to {@link RunControl#working}) and calls its exit hook with the command's exit code:
 * {@link Main#main} halts the JVM there, since the blocked thread cannot be released; a test
 * passes a hook that records the code. Ctrl-C uses the same line through {@link #fire(boolean)}
 * from the shutdown hook.
 *
 * <p>Exactly one of the command and the watchdog reports: the command disarms the watchdog as
 * soon as it returns or throws ({@link #disarm}), and once the watchdog has fired the command's
 * own outcome is not reported ({@link #fired}). Public for {@code chem-spark}, whose lines start
 * with its own name. Thread-safe.
 */
public final class Watchdog {
  /** How long a command may take to stop on its own after its deadline or Ctrl-C. */
  public static final Duration GRACE = Duration.ofSeconds(2);

  private static final int RUNNING = 0;
  private static final int STOPPED = 1;
  private static final int FIRED = 2;

  private final String program;
  private final String command;
  private final RunControl control;
  private final PrintWriter err;
  private final BooleanSupplier outputWritten;
  private final IntConsumer exit;
  private final Duration grace;
  private final AtomicInteger state = new AtomicInteger(RUNNING);
  private final CountDownLatch stopped = new CountDownLatch(1);
  /** Counted down once a firing watchdog has printed its line. */
  private final CountDownLatch reported = new CountDownLatch(1);

  /**
   * @param command the command's name, as in its messages
   * @param outputWritten whether anything reached stdout (the line then says it is incomplete)
   * @param exit called with the exit code after the line is printed (not for Ctrl-C)
   */
  Watchdog(String command, RunControl control, PrintWriter err, BooleanSupplier outputWritten,
      IntConsumer exit, Duration grace) {
    this("chem", command, control, err, outputWritten, exit, grace);
  }

  /** As above for the program {@code program} (its lines start "program: "). */
  public Watchdog(String program, String command, RunControl control, PrintWriter err,
      BooleanSupplier outputWritten, IntConsumer exit, Duration grace) {
    this.program = program;
    this.command = command;
    this.control = control;
    this.err = err;
    this.outputWritten = outputWritten;
    this.exit = exit;
    this.grace = grace;
  }

  /** Starts watching when the command has a deadline (a daemon thread; else does nothing). */
  public void arm() {
    long left = control.nanosLeft();
    if (left == Long.MAX_VALUE) {
      return;
    }
    long wait = Math.max(0, left) + grace.toNanos();
    Thread t = new Thread(() -> {
      try {
        // a deadline lifted meanwhile (the run went to another JVM) is not enforced here
        if (!stopped.await(wait, TimeUnit.NANOSECONDS) && control.nanosLeft() != Long.MAX_VALUE) {
          fire(true);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "chem-timeout-watchdog");
    t.setDaemon(true);
    t.start();
  }

  /** The command has returned or thrown: the watchdog stands down (unless it has fired). */
  public void disarm() {
    state.compareAndSet(RUNNING, STOPPED);
    stopped.countDown();
  }

  /**
   * The exit code of the run once stopped: 130 after Ctrl-C, else 1. When the watchdog fired,
   * first waits until its line is printed (the caller returns right after: an in-process run's
   * stderr must hold the line).
   */
  public int exitCode() {
    if (fired()) {
      try {
        reported.await(grace.toNanos(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return control.exitCode();
  }

  /** Whether the watchdog ended the run (the command's own outcome is then not reported). */
  public boolean fired() {
    return state.get() == FIRED;
  }

  /**
   * Ends the run unless the command has stopped: prints the one line and, when {@code callExit},
   * calls the exit hook with the run's exit code (1 for --timeout, 130 after Ctrl-C).
   *
   * @return whether this call ended the run
   */
  public boolean fire(boolean callExit) {
    if (!state.compareAndSet(RUNNING, FIRED)) {
      return false;
    }
    stopped.countDown();
    try {
      err.println(program + ": " + Main.oneLine(control.message(command, control.current(),
          outputWritten.getAsBoolean())));
      err.flush();
    } finally {
      reported.countDown();
    }
    if (callExit) {
      exit.accept(control.exitCode());
    }
    return true;
  }
}
