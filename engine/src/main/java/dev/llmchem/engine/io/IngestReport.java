package dev.llmchem.engine.io;

import java.util.List;

/**
 * Accounts for every line of the input: how many records were used, and each problem with
 * its 1-based line number. {@code used + rejected} equals the number of data records;
 * warned records are among the used ones. Immutable.
 *
 * @param file the file as named by the user
 * @param records data records after the header
 * @param used records kept in the history
 * @param warned used records that carry a warning
 * @param rejected records that could not be used (only possible in lenient mode)
 * @param blankLines empty lines (not records; listed as notes)
 * @param issues every problem, in line order (unmodifiable)
 */
public record IngestReport(String file, long records, long used, long warned, long rejected,
    long blankLines, List<Issue> issues) {

  /** Keeps an unmodifiable copy of {@code issues} (no copy when it already is one). */
  public IngestReport {
    issues = List.copyOf(issues);
  }

  /** Severity of a problem. */
  public enum Severity { WARNING, REJECTED }

  /** One problem: where, how bad, what. */
  public record Issue(long line, Severity severity, String reason) {
    @Override
    public String toString() {
      return "line " + line + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + reason;
    }
  }

  /** True when nothing at all was reported. */
  public boolean clean() {
    return issues.isEmpty();
  }

  /** One-line summary for people. */
  public String summary() {
    return file + ": " + records + " records, " + used + " used (" + warned + " with warnings), "
        + rejected + " rejected" + (blankLines > 0 ? ", " + blankLines + " blank lines" : "");
  }
}
