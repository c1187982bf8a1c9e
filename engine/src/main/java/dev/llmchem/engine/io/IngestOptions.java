package dev.llmchem.engine.io;

/**
 * How strictly a history is read.
 *
 * @param keepResults keep the free-text {@code result} column in memory (off by default)
 * @param mode what to do with problem rows
 */
public record IngestOptions(boolean keepResults, Mode mode) {
  /**
   * Problem policy. A <em>warned</em> row is used (e.g. an unknown strategy, a shifted
   * column whose required fields are fine); a <em>rejected</em> row cannot be used (missing
   * required field, NaN or out-of-range quality/accuracy, wrong column count).
   */
  public enum Mode {
    /** Warnings are reported, any rejected row fails the read (the default). */
    DEFAULT,
    /** Any warning or rejected row fails the read. */
    STRICT,
    /** Rejected rows are skipped and listed in the report; the read succeeds. */
    LENIENT
  }

  /** Defaults: results dropped, {@link Mode#DEFAULT}. */
  public static IngestOptions defaults() {
    return new IngestOptions(false, Mode.DEFAULT);
  }

  public IngestOptions withMode(Mode m) {
    return new IngestOptions(keepResults, m);
  }

  public IngestOptions withKeepResults(boolean keep) {
    return new IngestOptions(keep, mode);
  }
}
