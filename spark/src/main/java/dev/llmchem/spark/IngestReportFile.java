package dev.llmchem.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.llmchem.cli.IngestReportWriter;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.io.IngestReport;
import dev.llmchem.engine.io.OutputTarget;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code --ingest-report FILE}: every problem of the read, in file order, written on the
 * driver by the CLI's writer, so a single file's report is {@code chem}'s (summary line, then
 * line, severity, reason). A folder's report has a first column, the file's path, since its
 * lines restart in every file. The problems stream from the executors one partition at a
 * time.
 */
final class IngestReportFile {
  private IngestReportFile() { }

  /**
   * Before anything is read, as {@code chem} does: refuses a report that would replace the
   * data (when --data is a local path) or whose folder is missing.
   */
  static void check(Path report, String data) {
    if (report == null) {
      return;
    }
    Path local = InputFiles.local(data);
    if (local != null) {
      OutputTarget.requireDistinct("--ingest-report", report, "--data", local, true);
    }
    OutputTarget.file(report, "--ingest-report").preflight();
  }

  /** Writes the report of {@code s} with every problem of {@code ingest}. */
  static void write(IngestSummary s, Dataset<Row> ingest, Path file, boolean severalFiles,
      ProgressListener stop) {
    Iterator<Row> issues = ingest.filter(col("kind").equalTo(lit(IngestRows.ISSUE)))
        .select("label", "ord", "severity", "reason").orderBy("ord").toLocalIterator();
    IngestReportWriter.write(s.summary(), severalFiles ? "file\t" + IngestReportWriter.HEADER
        : IngestReportWriter.HEADER, new Iterator<>() {
          @Override
          public boolean hasNext() {
            return issues.hasNext();
          }

          @Override
          public String next() {
            Row r = issues.next();
            String line = IngestReportWriter.line(new IngestReport.Issue(r.getLong(1)
                & IngestRows.LINE_MASK, IngestReport.Severity.valueOf(r.getString(2)),
                r.getString(3)));
            return severalFiles ? r.getString(0) + "\t" + line : line;
          }
        }, file, stop);
  }
}
