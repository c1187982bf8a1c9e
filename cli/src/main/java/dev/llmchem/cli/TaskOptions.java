package dev.llmchem.cli;

import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.profile.Aggregate;
import dev.llmchem.engine.profile.AnalysisOptions;
import dev.llmchem.engine.TaskRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of the commands that analyse task clusters (a picocli mixin; includes the input). */
public final class TaskOptions {
  @Mixin
  InputOptions input;

  @Option(names = "--task", paramLabel = "TEXT",
      description = "Only the task cluster containing this task string (with --task-column:"
          + " the task of this value; default: every task, in first-appearance order).")
  String task;

  @Option(names = "--task-column", paramLabel = "COLUMN",
      description = "Group rows by this column's value (a dataset or category label, one task"
          + " per distinct value) instead of clustering similar task prompts.")
  String taskColumn;

  @Option(names = "--threshold", paramLabel = "THETA", defaultValue = "0.5",
      description = "Usage threshold: a model is used when a > THETA (default ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--aggregate", paramLabel = "HOW", defaultValue = "max",
      description = "How a model's rows in a task become its profile: max (reference: row of"
          + " largest accuracy), mean, last (default ${DEFAULT-VALUE}).")
  String aggregate;

  @Option(names = "--keep-chemistry-rows",
      description = "Keep rows whose strategy is CHEMISTRY (dropped by default: chemistry is not"
          + " estimated from its own recommendations).")
  boolean keepChemistryRows;

  AnalysisOptions analysisOptions() {
    return analysisOptions(threshold, aggregate, keepChemistryRows, taskColumn);
  }

  /**
   * The analysis options of --threshold, --aggregate, --keep-chemistry-rows and --task-column
   * (tasks are clustered only without a task column), refusing an unknown --aggregate with one
   * line; chem-spark builds its options with it.
   */
  public static AnalysisOptions analysisOptions(double threshold, String aggregate,
      boolean keepChemistryRows, String taskColumn) {
    Aggregate agg;
    try {
      agg = Aggregate.valueOf(aggregate.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--aggregate must be max, mean or last, got '" + aggregate + "'");
    }
    return AnalysisOptions.defaults().withThreshold(threshold).withAggregate(agg)
        .withChemistryRows(keepChemistryRows).withTaskClustering(taskColumn == null);
  }

  /**
   * Reads and analyses the history (both stop on --timeout or Ctrl-C); with --task-column,
   * that column is read as the task and its values are not clustered.
   */
  Analysis analyse(PrintWriter err) {
    input.taskColumn = taskColumn;
    AnalysisOptions options = analysisOptions();
    dev.llmchem.engine.history.History h = input.ingest(err).history();
    StderrProgress progress = progress(); // clustering 10^5+ distinct prompts shows a bar
    try {
      return Analysis.of(h, options, progress);
    } finally {
      progress.finish();
    }
  }

  /** A progress bar on stderr for long runs, stopping on --timeout or Ctrl-C. */
  StderrProgress progress() {
    return new StderrProgress(true, input.run.control);
  }

  /**
   * CHEME for one task under {@code context} (its threads and progress, from
   * {@link #forEachTask}); says once per run when the Vector API loops would have been faster
   * ({@link VectorHint}). Thread-safe.
   */
  dev.llmchem.engine.Chemistry chemistry(TaskAnalysis t, dev.llmchem.engine.ChemeOptions.Method m,
      TaskRunner.Context context, PrintWriter err) {
    dev.llmchem.engine.Chemistry c = t.chemistry(context.cheme(m));
    if (VectorHint.applies(c, t.used().size(), () -> DenseWork.expectedTerms(t))
        && !hinted.getAndSet(true)) {
      err.println(VectorHint.message(t.used().size()));
    }
    return c;
  }

  /** As above for one task on its own: {@code threads} kernel threads, a progress bar. */
  dev.llmchem.engine.Chemistry chemistry(TaskAnalysis t, dev.llmchem.engine.ChemeOptions.Method m,
      int threads, PrintWriter err) {
    StderrProgress progress = progress();
    try {
      return chemistry(t, m, new TaskRunner.Context(threads, progress), err);
    } finally {
      progress.finish();
    }
  }

  /**
   * Runs {@code work} for every selected task, in parallel over tasks when there are several
   * ({@link TaskRunner}), and hands the results to {@code inOrder} in task order; a progress
   * bar on stderr (kernels of a single task, or the task count), stopping on --timeout or
   * Ctrl-C. An {@link IOException} of {@code inOrder} is rethrown as it was thrown.
   */
  <R> void forEachTask(List<TaskAnalysis> tasks, int threads, TaskRunner.Work<R> work,
      IoSink<R> inOrder) throws IOException {
    StderrProgress progress = progress();
    try {
      TaskRunner.run(tasks, threads, progress, work, (t, r) -> {
        try {
          inOrder.accept(t, r);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      progress.finish();
    }
  }

  /**
   * Continues the command in a JVM with the Vector API loops when {@link VectorHandoff#wanted}
   * (a dense CHEME over |U| &gt;= {@link VectorHandoff#FROM_U} ahead, nothing on stdout yet);
   * returns the child's exit code, else null (the run goes on here, also when the child could
   * not start).
   */
  Integer handOff(picocli.CommandLine.Model.CommandSpec spec, List<TaskAnalysis> tasks,
      dev.llmchem.engine.ChemeOptions.Method method) {
    if (!VectorHandoff.wanted(input.data, tasks, method, input.run.control)) {
      return null;
    }
    return VectorHandoff.run(spec.root().commandLine().getParseResult().originalArgs(),
        input.data, input.run.control, spec.name());
  }

  /** Receives a task's result; may fail writing it. */
  @FunctionalInterface
  interface IoSink<R> {
    void accept(TaskAnalysis t, R result) throws IOException;
  }

  private final java.util.concurrent.atomic.AtomicBoolean hinted =
      new java.util.concurrent.atomic.AtomicBoolean();

  /** The selected task clusters. */
  List<TaskAnalysis> tasks(Analysis an) {
    if (an.tasks().isEmpty()) {
      throw new IllegalArgumentException(input.data + ": no task left to analyse (only CHEMISTRY"
          + " rows? --keep-chemistry-rows keeps them)");
    }
    return task == null ? an.tasks() : List.of(an.task(task));
  }
}
