package dev.llmchem.cli;

import dev.llmchem.engine.io.IngestReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes an ingest report as TSV: line, severity, reason (one problem a line). */
final class IngestReportWriter {
  private IngestReportWriter() { }

  static void write(IngestReport r, Path file) {
    List<String> lines = new ArrayList<>();
    lines.add("# " + r.summary());
    lines.add("line\tseverity\treason");
    for (IngestReport.Issue i : r.issues()) {
      lines.add(i.line() + "\t" + i.severity() + "\t" + i.reason());
    }
    try {
      Files.write(file, lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
