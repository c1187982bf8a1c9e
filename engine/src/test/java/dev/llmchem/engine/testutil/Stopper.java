package dev.llmchem.engine.testutil;

import dev.llmchem.engine.control.ProgressListener;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress listener that says "stop" from the poll after its {@code after}-th on, counting
 * polls and reported units: cancellation tests without timing.
 */
public final class Stopper implements ProgressListener {
  /** Calls of {@link #cancelled()} so far. */
  public final AtomicLong polls = new AtomicLong();
  /** Units reported through {@link #advance}. */
  public final AtomicLong units = new AtomicLong();
  /** Polls answered "go on" before the first "stop". */
  public final long after;
  /** The total of the last {@link #start}. */
  public volatile long total;

  public Stopper(long after) {
    this.after = after;
  }

  @Override public void start(String task, long total) { this.total = total; }
  @Override public void advance(long n) { units.addAndGet(n); }
  @Override public void finish() { }

  @Override
  public boolean cancelled() {
    return polls.incrementAndGet() > after;
  }
}
