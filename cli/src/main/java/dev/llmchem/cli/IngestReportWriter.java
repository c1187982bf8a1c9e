package dev.llmchem.cli;

import dev.llmchem.engine.io.IngestReport;
import dev.llmchem.engine.io.InputException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an ingest report as TSV: line, severity, reason (one problem a line). A path that
 * cannot be written is the user's input problem (exit 1), not an internal error.
 */
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
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), 0, "cannot write the ingest report: no such directory", e);
    } catch (AccessDeniedException e) {
      throw new InputException(file.toString(), 0, "cannot write the ingest report: permission denied", e);
    } catch (IOException e) {
      throw new InputException(file.toString(), 0, "cannot write the ingest report: " + e, e);
    }
  }
}
