package dev.llmchem.spark;

import dev.llmchem.cli.RunControl;
import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import java.util.UUID;
import org.apache.spark.JobExecutionStatus;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkJobInfo;
import org.apache.spark.sql.SparkSession;
import scala.Option;

/**
 * {@code --timeout} and Ctrl-C on Spark, with {@code chem}'s {@link RunControl}. The run's jobs
 * are one job group (set on the driver thread, which submits them); a daemon thread watches the
 * control and cancels the group as soon as the deadline passes or Ctrl-C is pressed: the
 * driver's waiting action then fails at once, and the killed tasks' kernels, which poll
 * {@code TaskContext.isInterrupted()}, stop within a block of work. The driver's own steps
 * (the greedy pass, the output) check the control between stages ({@link #stage}). What the run
 * was doing ({@link RunControl#working}) names the stage in the one-line message; the CLI's
 * {@code Watchdog} ends a run that does not stop within its grace.
 */
final class RunStop implements AutoCloseable {
  private static final long POLL_MILLIS = 50;
  private final SparkContext sc;
  private final RunControl control;
  private final String group = "chem-spark-" + UUID.randomUUID();
  private volatile boolean closed;

  RunStop(SparkSession spark, RunControl control) {
    this.sc = spark.sparkContext();
    this.control = control;
    sc.setJobGroup(group, "chem-spark", false);
    Thread watcher = new Thread(this::watch, "chem-spark-stop");
    watcher.setDaemon(true);
    watcher.start();
  }

  private void watch() {
    try {
      boolean quiet = false;
      while (!closed) {
        if (control.stopRequested() && !quiet) {
          Sessions.silence(); // no warning per killed task: the run's one line says it
          quiet = true;
        }
        if (control.stopRequested() && running()) {
          // again and again: adaptive execution submits a query's stages as jobs one by one,
          // and a cancellation only reaches the jobs running at that moment
          sc.cancelJobGroup(group);
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // the context was stopped under us (Spark's own shutdown hook on Ctrl-C): nothing to cancel
    }
  }

  /** Whether a job of the run's group is running. */
  private boolean running() {
    for (int id : sc.statusTracker().getJobIdsForGroup(group)) {
      Option<SparkJobInfo> job = sc.statusTracker().getJobInfo(id);
      if (job.isDefined() && job.get().status() == JobExecutionStatus.RUNNING) {
        return true;
      }
    }
    return false;
  }

  /** The run enters stage {@code what}; stops here when asked to. */
  void stage(String what) {
    control.working(what, null);
    check();
  }

  /** A listener that only tells whether the run must stop (for the driver's own writes). */
  ProgressListener listener() {
    return new ProgressListener() {
      @Override public void start(String task, long total) { }
      @Override public void advance(long units) { }
      @Override public void finish() { }
      @Override public boolean cancelled() {
        return control.stopRequested();
      }
    };
  }

  /** Throws the current stage's {@link CancelledException} when the run must stop. */
  void check() {
    if (control.stopRequested()) {
      throw control.current();
    }
  }

  /**
   * Why {@code e} ended the run, when it was asked to stop: the current stage's
   * {@link CancelledException} (a cancelled job fails with Spark's own exception); else null.
   */
  CancelledException reason(Exception e) {
    if (e instanceof CancelledException c) {
      return c;
    }
    return control.stopRequested() ? control.current() : null;
  }

  @Override
  public void close() {
    closed = true;
    sc.clearJobGroup();
  }
}
