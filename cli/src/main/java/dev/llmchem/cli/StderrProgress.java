package dev.llmchem.cli;

import dev.llmchem.engine.control.ProgressListener;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Connects the engine's progress to a progress bar on stderr, shown only on a terminal and
 * only once the work has run for more than a second (short runs print nothing), and its
 * cancellation to the command's {@link RunControl} (--timeout, Ctrl-C). Thread-safe: kernels
 * advance it from worker threads; the bar itself is updated under a lock at most every 100 ms.
 */
final class StderrProgress implements ProgressListener {
  private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
  private final boolean enabled;
  private final RunControl control;
  private final AtomicLong done = new AtomicLong();
  private volatile long startNanos;
  private volatile long lastDraw;
  private String task;
  private volatile long total;
  private ProgressBar bar;

  /**
   * @param enabled whether to draw a bar (on a terminal only)
   * @param control when to stop
   */
  StderrProgress(boolean enabled, RunControl control) {
    this.enabled = enabled && interactive();
    this.control = control;
  }

  @Override
  public boolean cancelled() {
    return control.stopRequested();
  }

  /** A bar only makes sense on a terminal; redirected output gets none. */
  static boolean interactive() {
    java.io.Console c = System.console();
    if (c == null) {
      return false;
    }
    try { // JDK 22+: System.console() exists even when redirected; isTerminal() tells
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 17-21: a console means a terminal
    }
  }

  @Override
  public synchronized void start(String task, long total) {
    finish();
    this.task = task;
    this.total = total;
    done.set(0);
    control.working(task, this::fraction);
    startNanos = System.nanoTime();
    lastDraw = startNanos;
  }

  /** Share of the current work done, NaN when its size is unknown. */
  private double fraction() {
    return total > 0 ? Math.min(1.0, (double) done.get() / total) : Double.NaN;
  }

  @Override
  public void advance(long units) {
    long d = done.addAndGet(units);
    long now = System.nanoTime();
    if (!enabled || now - startNanos < SHOW_AFTER_NANOS || now - lastDraw < 100_000_000L) {
      return;
    }
    synchronized (this) {
      lastDraw = now;
      if (bar == null) {
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
            .setConsumer(new ConsoleProgressBarConsumer(System.err));
        if (task.startsWith("reading")) {
          b.setUnit(" MB", 1_000_000);
        }
        bar = b.build();
      }
      bar.stepTo(Math.min(d, total));
    }
  }

  @Override
  public synchronized void finish() {
    if (bar != null) {
      if (!cancelled()) {
        bar.stepTo(total);
      }
      bar.close();
      bar = null;
    }
  }
}
