package dev.llmchem.cli;

import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.io.IngestReport;
import dev.llmchem.engine.io.OutputTarget;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * Writes an ingest report as TSV: line, severity, reason (one problem a line), through an
 * {@link OutputTarget}: the file is replaced atomically, and a failure is one line naming
 * {@code --ingest-report} (exit 1), not an internal error. Public: {@code chem-spark} writes the
 * same report.
 */
public final class IngestReportWriter {
  /** The columns of a report of one file. */
  public static final String HEADER = "line\tseverity\treason";

  private IngestReportWriter() { }

  /** Writes the report; {@code stop} (Ctrl-C, --timeout) can still keep the old file. */
  public static void write(IngestReport r, Path file, ProgressListener stop) {
    Iterator<IngestReport.Issue> issues = r.issues().iterator();
    write(r.summary(), HEADER, new Iterator<>() {
      @Override
      public boolean hasNext() {
        return issues.hasNext();
      }

      @Override
      public String next() {
        return line(issues.next());
      }
    }, file, stop);
  }

  /** One problem's line (without the line end). */
  public static String line(IngestReport.Issue i) {
    return i.line() + "\t" + i.severity() + "\t" + i.reason();
  }

  /**
   * The report from its summary line, its column header and its problems' lines, for a report
   * gathered elsewhere ({@code chem-spark} streams the problems from its executors).
   */
  public static void write(String summary, String header, Iterator<String> lines, Path file,
      ProgressListener stop) {
    try (OutputTarget t = OutputTarget.file(file, "--ingest-report")) {
      Writer w = t.writer(StandardCharsets.UTF_8);
      try {
        w.write("# " + summary + "\n");
        w.write(header + "\n");
        while (lines.hasNext()) {
          w.write(lines.next() + "\n");
        }
      } catch (IOException e) {
        throw t.fail(e);
      }
      t.commit(stop);
    }
  }
}
