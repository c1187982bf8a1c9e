package dev.llmchem.cli;

import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.io.IngestReport;
import dev.llmchem.engine.io.OutputTarget;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes an ingest report as TSV: line, severity, reason (one problem a line), through an
 * {@link OutputTarget}: the file is replaced atomically, and a failure is one line naming
 * {@code --ingest-report} (exit 1), not an internal error.
 */
final class IngestReportWriter {
  private IngestReportWriter() { }

  /** Writes the report; {@code stop} (Ctrl-C, --timeout) can still keep the old file. */
  static void write(IngestReport r, Path file, ProgressListener stop) {
    try (OutputTarget t = OutputTarget.file(file, "--ingest-report")) {
      Writer w = t.writer(StandardCharsets.UTF_8);
      try {
        w.write("# " + r.summary() + "\n");
        w.write("line\tseverity\treason\n");
        for (IngestReport.Issue i : r.issues()) {
          w.write(i.line() + "\t" + i.severity() + "\t" + i.reason() + "\n");
        }
      } catch (IOException e) {
        throw t.fail(e);
      }
      t.commit(stop);
    }
  }
}
