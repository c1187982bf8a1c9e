package dev.llmchem.spark;

import dev.llmchem.cli.InputOptions;
import dev.llmchem.cli.RunOptions;
import dev.llmchem.cli.TaskOptions;
import dev.llmchem.engine.io.IngestOptions;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every {@code chem-spark} command takes (a picocli mixin): {@code chem}'s input
 * and analysis options with the same names and meaning, plus where Spark runs and where the
 * results go.
 */
public final class RunnerOptions {
  /** The master (set from the command line's inherited --master). */
  String master;

  @Option(names = "--data", required = true, paramLabel = "PATH",
      description = "History: a CSV, JSON Lines (.jsonl/.ndjson, gzip or not) or Parquet file,"
          + " or a folder of such files (read in path order); any Hadoop path (file:, hdfs:,"
          + " s3a: ...).")
  String data;

  @Option(names = "--data-format", paramLabel = "FMT",
      description = "Read --data as csv, jsonl or parquet whatever its name (default: .parquet"
          + " or a folder of .parquet files is Parquet; .jsonl/.ndjson JSON Lines; else CSV).")
  String dataFormat;

  /** --strict or --lenient, chem's group. */
  @ArgGroup(exclusive = true)
  InputOptions.Strictness strictness;

  @Option(names = "--task", paramLabel = "TEXT",
      description = "Only the task cluster containing this task string (default: every task).")
  String task;

  @Option(names = "--task-column", paramLabel = "COLUMN",
      description = "Group rows by this column's value (one task per distinct value) instead"
          + " of clustering similar task prompts.")
  String taskColumn;

  @Option(names = "--threshold", paramLabel = "THETA", defaultValue = "0.5",
      description = "Usage threshold: a model is used when a > THETA (default ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--aggregate", paramLabel = "HOW", defaultValue = "max",
      description = "How a model's rows in a task become its profile: max, mean, last"
          + " (default ${DEFAULT-VALUE}).")
  String aggregate;

  @Option(names = "--ingest-report", paramLabel = "FILE",
      description = "Write every ingest problem (line, severity, reason) to FILE, on the"
          + " driver's file system (a folder of files adds a first column, the file).")
  Path ingestReport;

  /** --timeout (chem's option): the run's deadline; Ctrl-C stops it the same way. */
  @Mixin
  RunOptions run;

  @Option(names = "--keep-chemistry-rows",
      description = "Keep rows whose strategy is CHEMISTRY (dropped by default).")
  boolean keepChemistryRows;

  @Option(names = "--json", description = "The document chem prints with --json, on stdout"
      + " (byte-identical). Without --json and --out: chem's text.")
  boolean json;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Also write the results under DIR (any Hadoop path): DIR/jsonl (one task"
          + " object per line, in task order) and DIR/parquet (the same objects as columns).")
  String out;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Shuffle partitions (0 = Spark's defaults: spark.sql.shuffle.partitions,"
          + " spark.default.parallelism).")
  int partitions;

  @Option(names = "--timings", description = "Print each stage's wall time on stderr.")
  boolean timings;

  IngestOptions.Mode mode() {
    return InputOptions.Strictness.mode(strictness);
  }

  HistoryIngest.Format format() {
    if (dataFormat == null) {
      return HistoryIngest.Format.AUTO;
    }
    return switch (dataFormat.trim().toLowerCase(Locale.ROOT)) {
      case "csv" -> HistoryIngest.Format.CSV;
      case "jsonl", "json-lines", "ndjson" -> HistoryIngest.Format.JSONL;
      case "parquet" -> HistoryIngest.Format.PARQUET;
      default -> throw new IllegalArgumentException("--data-format must be csv, jsonl or"
          + " parquet, got '" + dataFormat + "'");
    };
  }

  /** Checks the task column the way the engine does (before Spark starts). */
  ReadOptions readOptions() {
    if (taskColumn != null) {
      InputOptions.withTaskColumn(IngestOptions.defaults(), taskColumn);
    }
    return new ReadOptions(taskColumn);
  }

  AnalysisSpec analysis() {
    return AnalysisSpec.of(TaskOptions.analysisOptions(threshold, aggregate, keepChemistryRows,
        taskColumn));
  }
}
