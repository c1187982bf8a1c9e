package dev.llmchem.cli;

import dev.llmchem.engine.control.CancelledException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/**
 * When a command must stop: its {@code --timeout} deadline, or Ctrl-C (SIGINT; the shutdown
 * hook of {@link Main#main} calls {@link #interrupt}). The engine polls {@link #stopRequested}
 * through the progress listeners ({@link StderrProgress#cancelled()}) once per block of work,
 * stops, and throws {@link CancelledException}; {@link #message} turns that into the one line
 * the user sees. Work that cannot poll (an open or read blocked in the kernel) is bounded by
 * the {@link Watchdog}, which names the work last reported here ({@link #working}).
 * Public for {@code chem-spark}, which stops its Spark jobs on the same deadline and reports
 * with the same line. Thread-safe.
 */
public final class RunControl {
  /** Exit code of a run stopped by Ctrl-C (128 + SIGINT), as shells expect. */
  public static final int EXIT_INTERRUPTED = 130;
  private static volatile boolean interrupted;

  /** The command's start; in a JVM a run was handed to, the first JVM's ({@link VectorHandoff}). */
  private final long startNanos = System.nanoTime() - VectorHandoff.inheritedNanos();
  private volatile Duration timeout;
  private volatile Work work = new Work("the run", () -> Double.NaN);

  /** What runs and how far it got (one value, so the two are read together). */
  private record Work(String what, DoubleSupplier fractionDone) { }

  /** Nanoseconds since the command started. */
  long elapsedNanos() {
    return System.nanoTime() - startNanos;
  }

  /**
   * Drops the deadline: the run was handed to another JVM ({@link VectorHandoff}), which keeps
   * it and reports it; a {@link Watchdog} that wakes then stands down.
   */
  void liftDeadline() {
    timeout = null;
  }

  /** Sets the deadline, counted from the start of the command. */
  void timeout(Duration d) {
    timeout = d;
  }

  /**
   * What the command is doing now, e.g. "reading runs.csv", and how far it got (0..1, NaN
   * when unknown): named when the {@link Watchdog} has to end the run.
   */
  public void working(String what, DoubleSupplier fraction) {
    work = new Work(what, fraction == null ? () -> Double.NaN : fraction);
  }

  /** The work in progress, as the engine would report it had it stopped there. */
  public CancelledException current() {
    Work w = work;
    return new CancelledException(w.what(), w.fractionDone().getAsDouble());
  }

  /** Nanoseconds left until the deadline (negative once passed); Long.MAX_VALUE without one. */
  public long nanosLeft() {
    Duration t = timeout;
    if (t == null) {
      return Long.MAX_VALUE;
    }
    long nanos = t.compareTo(Duration.ofDays(365L * 100)) > 0 ? Long.MAX_VALUE / 2 : t.toNanos();
    return nanos - (System.nanoTime() - startNanos);
  }

  /** Asks every running command of this JVM to stop (Ctrl-C). */
  public static void interrupt() {
    interrupted = true;
  }

  /** Whether Ctrl-C was pressed. */
  public static boolean interrupted() {
    return interrupted;
  }

  /** Whether the work should stop: Ctrl-C, or the deadline has passed (stays true). */
  public boolean stopRequested() {
    Duration t = timeout;
    return interrupted || (t != null && System.nanoTime() - startNanos - t.toNanos() >= 0);
  }

  /** The exit code for a cancelled run: 130 after Ctrl-C, else 1. */
  public int exitCode() {
    return interrupted ? EXIT_INTERRUPTED : 1;
  }

  /**
   * "chemistry: stopped after 0.2 s (--timeout 10ms) during dense CHEME over |U| = 26 (3%
   * done); no output written".
   */
  public String message(String command, CancelledException e, boolean outputWritten) {
    double secs = (System.nanoTime() - startNanos) / 1e9;
    String why = interrupted ? "interrupted (Ctrl-C)" : "stopped";
    String cause = interrupted || timeout == null ? "" : " (--timeout " + format(timeout) + ")";
    return String.format(Locale.ROOT, "%s: %s after %.1f s%s during %s; %s", command, why, secs,
        cause, e.describe(), outputWritten ? "the output above is incomplete"
            : "no output written");
  }

  /** 30s, 5m, 500ms, 1.5s: a duration as the user would type it. */
  static String format(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + "ms";
    }
    if (ms % 3_600_000 == 0) {
      return ms / 3_600_000 + "h";
    }
    if (ms % 60_000 == 0) {
      return ms / 60_000 + "m";
    }
    return ms % 1000 == 0 ? ms / 1000 + "s" : String.format(Locale.ROOT, "%.3fs", ms / 1000.0)
        .replaceAll("0+s$", "s");
  }
}
