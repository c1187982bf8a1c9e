package dev.llmchem.engine.io;

/**
 * How a history is read.
 *
 * @param keepResults keep the free-text {@code result} column in memory (off by default)
 * @param mode what to do with problem rows
 * @param format the input's syntax, or null to go by the file name
 *     ({@link InputFormat#ofName}; in-memory input is CSV)
 * @param taskColumn the column read as each row's task (trimmed, lower case), or null for
 *     {@code task}; see {@link #withTaskColumn}
 */
public record IngestOptions(boolean keepResults, Mode mode, InputFormat format,
    String taskColumn) {
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

  /** Checks the task column (see {@link #withTaskColumn}) and keeps it trimmed, in lower case. */
  public IngestOptions {
    if (mode == null) {
      throw new IllegalArgumentException("mode must not be null");
    }
    if (taskColumn != null) {
      taskColumn = Columns.normalise(taskColumn);
      if (taskColumn.isEmpty()) {
        throw new IllegalArgumentException("the task column must have a name");
      }
      int slot = Columns.slotOfName(taskColumn);
      if (slot >= 0 && slot != Columns.TASK) {
        throw new IllegalArgumentException("the task column cannot be '" + taskColumn
            + "': the engine reads that column as " + Columns.NAMES[slot]
            + " (name a column of dataset or category labels, or 'task')");
      }
    }
  }

  /** Results dropped, {@code mode}, format by file name, tasks from {@code task}. */
  public IngestOptions(boolean keepResults, Mode mode) {
    this(keepResults, mode, null, null);
  }

  /** Defaults: results dropped, {@link Mode#DEFAULT}, format by name, tasks from {@code task}. */
  public static IngestOptions defaults() {
    return new IngestOptions(false, Mode.DEFAULT);
  }

  public IngestOptions withMode(Mode m) {
    return new IngestOptions(keepResults, m, format, taskColumn);
  }

  public IngestOptions withKeepResults(boolean keep) {
    return new IngestOptions(keep, mode, format, taskColumn);
  }

  /** Reads every input as {@code f} whatever its name; null: by the file name. */
  public IngestOptions withFormat(InputFormat f) {
    return new IngestOptions(keepResults, mode, f, taskColumn);
  }

  /**
   * Reads each row's task from column {@code name} (matched like any header name: trimmed,
   * case-insensitive) instead of {@code task}, which is then ignored; null restores
   * {@code task}. The column is required (a header without it fails, an empty cell is a
   * missing field). Tasks read this way are labels, not prompts: analyse them with
   * {@code AnalysisOptions.withTaskClustering(false)}.
   *
   * @throws IllegalArgumentException when {@code name} is blank or another column the engine
   *     reads (model, quality, ...)
   */
  public IngestOptions withTaskColumn(String name) {
    return new IngestOptions(keepResults, mode, format, name);
  }

  /** The name of the column read as the task: {@code task} unless set otherwise. */
  public String taskColumnName() {
    return taskColumn == null ? "task" : taskColumn;
  }

  /** The format of {@code fileName} under these options. */
  InputFormat formatOf(String fileName) {
    return format != null ? format : InputFormat.ofName(fileName);
  }
}
