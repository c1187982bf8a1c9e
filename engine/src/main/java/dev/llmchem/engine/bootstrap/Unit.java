package dev.llmchem.engine.bootstrap;

/** What one bootstrap draw resamples within a task. */
public enum Unit {
  /**
   * Trials (the default): a trial is one benchmark run, one configuration of models, all rows
   * sharing a {@code trial} value within the task. A replicate draws as many trials as the task
   * has, with replacement, and keeps every row of each drawn trial (a trial drawn k times
   * weighs k times in {@code --aggregate mean}).
   */
  TRIALS,
  /** Rows: a replicate draws as many rows as the task has, with replacement. */
  ROWS;

  /** The CLI / JSON spelling. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The unit of a CLI spelling ({@code trials} or {@code rows}). */
  public static Unit parse(String s) {
    for (Unit u : values()) {
      if (u.label().equals(s)) {
        return u;
      }
    }
    throw new IllegalArgumentException("--resample must be trials or rows, got '" + s + "'");
  }
}
