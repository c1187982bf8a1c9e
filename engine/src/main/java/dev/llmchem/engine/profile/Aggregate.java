package dev.llmchem.engine.profile;

/** How the rows of one (task cluster, model) become that model's profile (q, a, trial). */
public enum Aggregate {
  /**
   * The reference default: the row with the largest a = max(0.1, accuracy); on equal a the
   * earlier row (file order) stays.
   */
  MAX,
  /** q = mean quality, a = mean of max(0.1, accuracy); trial of the {@link #MAX} row. */
  MEAN,
  /** The last row in file order. */
  LAST
}
