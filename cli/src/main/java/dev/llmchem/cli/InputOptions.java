package dev.llmchem.cli;

import dev.llmchem.engine.io.HistoryReader;
import dev.llmchem.engine.io.IngestOptions;
import dev.llmchem.engine.io.IngestReport;
import dev.llmchem.engine.io.InputFormat;
import dev.llmchem.engine.io.Ingested;
import dev.llmchem.engine.io.OutputTarget;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of every command that reads a history (a picocli mixin). */
public final class InputOptions {
  @Option(names = "--data", required = true, paramLabel = "FILE",
      description = "Performance history: CSV (header with trial, model, task, quality,"
          + " accuracy) or JSON Lines (.jsonl/.ndjson: one object per line, same keys);"
          + " gzip-compressed (.gz) or not.")
  Path data;

  @Option(names = "--data-format", paramLabel = "FMT",
      description = "Read --data as csv or jsonl whatever its name (default: .jsonl, .ndjson and"
          + " their .gz are JSON Lines, anything else CSV; gzip is always recognised).")
  String dataFormat;

  /** The column read as the task (set by {@link TaskOptions}'s --task-column), or null. */
  String taskColumn;

  @ArgGroup(exclusive = true)
  Strictness strictness;

  @Option(names = "--ingest-report", paramLabel = "FILE",
      description = "Write every ingest problem (line, severity, reason) to FILE.")
  Path ingestReport;

  /** --timeout and the run control (Ctrl-C) of the command. */
  @Mixin
  RunOptions run;

  /** Mutually exclusive ingest policies (a picocli group; chem-spark declares it too). */
  public static final class Strictness {
    @Option(names = "--strict", description = "Fail on any ingest warning (exit 1).")
    boolean strict;

    @Option(names = "--lenient", description = "Skip rows that cannot be used and list them"
        + " (by default such a row fails the run).")
    boolean lenient;

    /** The ingest mode {@code group} selects (null: neither flag given, the default mode). */
    public static IngestOptions.Mode mode(Strictness group) {
      if (group != null && group.strict) {
        return IngestOptions.Mode.STRICT;
      }
      return group != null && group.lenient ? IngestOptions.Mode.LENIENT
          : IngestOptions.Mode.DEFAULT;
    }
  }

  /**
   * {@code o} reading {@code column} as the task, its refusal prefixed with the option's name
   * (chem-spark checks --task-column with it before Spark starts).
   */
  public static IngestOptions withTaskColumn(IngestOptions o, String column) {
    try {
      return o.withTaskColumn(column);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--task-column: " + e.getMessage());
    }
  }

  IngestOptions ingestOptions() {
    IngestOptions o = IngestOptions.defaults().withMode(Strictness.mode(strictness));
    if (dataFormat != null) {
      try {
        o = o.withFormat(InputFormat.parse(dataFormat));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--data-format must be csv or jsonl, got '"
            + dataFormat + "'");
      }
    }
    return taskColumn == null ? o : withTaskColumn(o, taskColumn);
  }

  /**
   * Reads the history, reports ingest problems on stderr. Before reading, refuses an
   * --ingest-report that is the --data file (or whose folder is missing).
   */
  Ingested ingest(PrintWriter err) {
    OutputTarget.requireDistinct("--ingest-report", ingestReport, "--data", data, true);
    if (ingestReport != null) {
      OutputTarget.file(ingestReport, "--ingest-report").preflight();
    }
    StderrProgress progress = new StderrProgress(true, run.control);
    run.control.working("reading " + data.getFileName(), null); // the open may block (a FIFO)
    Ingested in;
    try {
      in = HistoryReader.read(data, ingestOptions(), progress);
    } finally {
      progress.finish();
    }
    IngestReport r = in.report();
    if (ingestReport != null) {
      IngestReportWriter.write(r, ingestReport, new StderrProgress(false, run.control));
    }
    if (in.history().rows() == 0) {
      // an error is one line: the report's counts and first problem go into it
      throw new IllegalArgumentException(data + ": no usable data rows after the header"
          + (r.clean() ? "" : " (" + r.summary() + (r.issues().isEmpty() ? "" : "; first: line "
          + r.issues().get(0).line() + ": " + r.issues().get(0).reason()) + ")"));
    }
    if (!r.clean() && VectorHandoff.ingestSummaryDue(data)) { // a child repeats no summary
      err.println("chem: " + Main.oneLine(r.summary()));
      r.issues().stream().limit(5).forEach(i -> err.println("  " + Main.oneLine(data + ":"
          + i.line() + ": " + i.severity().name().toLowerCase(java.util.Locale.ROOT) + ": "
          + i.reason())));
      if (r.issues().size() > 5) {
        err.println("  ... " + (r.issues().size() - 5) + " more"
            + (ingestReport == null ? " (--ingest-report FILE lists them all)" : ""));
      }
    }
    return in;
  }

}
