package dev.llmchem.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_replace;

import dev.llmchem.cli.Main;
import dev.llmchem.engine.io.IngestOptions;
import dev.llmchem.engine.io.IngestReport;
import dev.llmchem.engine.io.InputException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The ingest report of a Spark read, gathered on the driver: the engine's totals (records,
 * used, warned, rejected, blank lines: the same numbers as {@code chem}'s report of the same
 * file), the count of problems per reason (values in a reason are masked, so "quality 11.0
 * is out of range" and "quality 12.5 ..." count together), and the first problems in file
 * order. {@link #enforce} applies the ingest mode as {@code chem} does: by default the first
 * rejected row fails the run, {@code --strict} the first problem of any kind.
 *
 * @param records data records (used + rejected)
 * @param used rows kept
 * @param warned used rows with a warning
 * @param rejected rows that could not be used
 * @param blank blank lines
 * @param byReason per (severity, masked reason): count, most frequent first
 * @param first the first problems in file order (at most {@value #SHOWN} + 1)
 * @param firstRejected the first rejected row, or null
 */
record IngestSummary(String label, long records, long used, long warned, long rejected,
    long blank, List<Reason> byReason, List<Located> first, Located firstRejected) {
  static final int SHOWN = 5;
  static final String BLANK = "blank line (ignored)";

  /** A masked reason and its count. */
  record Reason(String severity, String reason, long count) { }

  /** A problem and where it is. */
  record Located(String label, long line, String severity, String reason) {
    @Override
    public String toString() {
      return label + ":" + line + ": " + severity.toLowerCase(Locale.ROOT) + ": " + reason;
    }
  }

  /** Gathers the report of {@code ingest} (two small jobs over the persisted rows). */
  static IngestSummary of(String label, Dataset<Row> ingest) {
    Column masked = mask(col("reason"));
    List<Row> groups = ingest.groupBy(col("kind"), col("severity"),
            col("reason").equalTo(lit(BLANK)).as("blank"), masked.as("masked"))
        .agg(count(lit(1)).as("n"), min("ord")).collectAsList();
    long used = 0;
    long warned = 0;
    long rejected = 0;
    long blank = 0;
    List<Reason> reasons = new ArrayList<>();
    for (Row g : groups) {
      long n = g.getLong(4);
      if (g.getByte(0) == IngestRows.ROW) {
        used += n;
        continue;
      }
      String sev = g.getString(1);
      if (sev.equals(IngestReport.Severity.REJECTED.name())) {
        rejected += n;
      } else if (g.getBoolean(2)) {
        blank += n;
      } else {
        warned += n;
      }
      reasons.add(new Reason(sev, g.getString(3), n));
    }
    reasons.sort(Comparator.comparingLong(Reason::count).reversed()
        .thenComparing(Reason::reason));
    Dataset<Row> issues = ingest.filter(col("kind").equalTo(lit(IngestRows.ISSUE)));
    List<Located> first = located(issues.orderBy("ord").limit(SHOWN + 1).collectAsList());
    Located firstRejected = null;
    if (rejected > 0) {
      firstRejected = located(issues.filter(col("severity").equalTo(
          lit(IngestReport.Severity.REJECTED.name()))).orderBy("ord").limit(1)
          .collectAsList()).get(0);
    }
    return new IngestSummary(label, used + rejected, used, warned, rejected, blank,
        List.copyOf(reasons), first, firstRejected);
  }

  private static List<Located> located(List<Row> rows) {
    List<Located> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(new Located(r.getString(r.fieldIndex("label")),
          r.getLong(r.fieldIndex("ord")) & IngestRows.LINE_MASK,
          r.getString(r.fieldIndex("severity")), r.getString(r.fieldIndex("reason"))));
    }
    return out;
  }

  /** A reason with the cell values it quotes masked (column names kept). */
  static Column mask(Column reason) {
    Column c = regexp_replace(reason, "(?<!field )'[^']*'", "'...'");
    c = regexp_replace(c, "(quality|accuracy) \\S+ is out of range", "$1 N is out of range");
    c = regexp_replace(c, "count: [0-9]+ fields", "count: N fields");
    return regexp_replace(c, "lines [0-9]+-[0-9]+", "lines N-M");
  }

  /** The engine's one-line summary of these totals. */
  String summary() {
    return new IngestReport(label, records, used, warned, rejected, blank, List.of()).summary();
  }

  /** Whether nothing at all was reported. */
  boolean clean() {
    return first.isEmpty();
  }

  /**
   * Fails as {@code chem} does under {@code mode}: the default fails on the first rejected
   * row, strict on the first problem of any kind (with "(strict mode)").
   */
  void enforce(IngestOptions.Mode mode) {
    if (mode == IngestOptions.Mode.STRICT && !first.isEmpty()) {
      Located f = first.get(0);
      String reason = f.severity().equals(IngestReport.Severity.REJECTED.name()) ? f.reason()
          : f.reason().equals(BLANK) ? "blank line (strict mode)" : f.reason() + " (strict mode)";
      throw new InputException(f.label(), f.line(), reason);
    }
    if (mode == IngestOptions.Mode.DEFAULT && firstRejected != null) {
      throw new InputException(firstRejected.label(), firstRejected.line(),
          firstRejected.reason() + " (use --lenient to skip such rows and list them)");
    }
  }

  /**
   * The report on stderr as {@code chem} prints it, then the counts per reason;
   * {@code reportFile}: --ingest-report was given (else the line of further problems says
   * that it lists them all).
   */
  void print(PrintWriter err, String prefix, boolean reportFile) {
    if (clean()) {
      return;
    }
    err.println(prefix + Main.oneLine(summary()));
    long problems = rejected + warned + blank;
    for (int i = 0; i < Math.min(SHOWN, first.size()); i++) {
      err.println("  " + Main.oneLine(first.get(i).toString()));
    }
    if (problems > SHOWN) {
      err.println("  ... " + (problems - SHOWN) + " more"
          + (reportFile ? "" : " (--ingest-report FILE lists them all)"));
    }
    err.println("  problems by reason (values masked):");
    for (Reason r : byReason) {
      err.printf(Locale.ROOT, "  %10d %s: %s%n", r.count(), r.severity().toLowerCase(Locale.ROOT),
          Main.oneLine(r.reason()));
    }
  }
}
