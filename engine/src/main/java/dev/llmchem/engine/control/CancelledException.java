package dev.llmchem.engine.control;

import java.util.Locale;

/**
 * Long work stopped because its {@link ProgressListener#cancelled()} returned true. Thrown by
 * the kernel on the calling thread once every worker has stopped; no partial result escapes.
 * The CLI turns it into one line naming the work, how far it got and why it stopped.
 */
public final class CancelledException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String work;
  private final double fractionDone;

  /**
   * @param work what was running, e.g. "dense CHEME over |U| = 26"
   * @param fractionDone share of the work done when it stopped, in [0, 1] (NaN if unknown)
   */
  public CancelledException(String work, double fractionDone) {
    super(describe(work, fractionDone) + ": cancelled");
    this.work = work;
    this.fractionDone = fractionDone;
  }

  /** What was running. */
  public String work() { return work; }

  /** Share of the work done when it stopped, in [0, 1], or NaN if unknown. */
  public double fractionDone() { return fractionDone; }

  /** "dense CHEME over |U| = 26 (3% done)": the work and how far it got. */
  public String describe() { return describe(work, fractionDone); }

  private static String describe(String work, double f) {
    return Double.isNaN(f) ? work
        : String.format(Locale.ROOT, "%s (%.0f%% done)", work, 100 * Math.max(0, Math.min(1, f)));
  }
}
