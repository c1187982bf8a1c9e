package dev.llmchem.cli;

import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.control.LimitException.Alternative;
import dev.llmchem.engine.grade.Consensus;
import dev.llmchem.engine.grade.GradeSheet;
import dev.llmchem.engine.grade.MvleParams;
import dev.llmchem.engine.io.GradedRunsWriter;
import dev.llmchem.engine.io.GradesReader;
import dev.llmchem.engine.io.OutputTarget;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chem grade}: raw peer grades to quality, variance, review_accuracy, accuracy. */
@Command(name = "grade", mixinStandardHelpOptions = true,
    description = {"Consensus grading (MVLE, SPEC section 8): from raw peer grades, each"
        + " answer's consensus quality and each model's reviewer variance, review accuracy and"
        + " accuracy.",
        "--grades: CSV with trial, id, author, reviewer, grade (0-10) and optionally correct"
        + " (ground truth in [0, 1], empty when unknown).",
        "--runs: a history whose rows are matched by (trial, model, id) to answers (trial,"
        + " author, id); their quality, generation_accuracy, variance, review_accuracy and"
        + " accuracy cells are replaced, everything else is copied. Without --runs, one row"
        + " per answer is written.",
        "The CSV goes to --out (replaced atomically, keeping its permissions; may be the"
        + " --runs file, never the --grades file) or stdout; the summary goes to stderr."},
    footer = {"", "Example: chem grade --grades grades.csv --runs runs.csv --out graded.csv"})
final class GradeCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  /** --timeout and Ctrl-C. */
  @picocli.CommandLine.Mixin
  RunOptions run;

  @Option(names = "--grades", required = true, paramLabel = "FILE",
      description = "Raw grades CSV (trial, id, author, reviewer, grade[, correct]).")
  Path grades;

  @Option(names = "--runs", paramLabel = "FILE",
      description = "History CSV whose graded columns are replaced (matched by trial, model, id).")
  Path runs;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV here (default stdout).")
  Path out;

  @Option(names = "--tolerance", paramLabel = "X", defaultValue = "1e-9",
      description = "Stop when no consensus grade moves more than X grade points"
          + " (default ${DEFAULT-VALUE}).")
  double tolerance;

  @Option(names = "--max-iterations", paramLabel = "N", defaultValue = "10000",
      converter = Counts.Positive.class,
      description = "Round limit (default ${DEFAULT-VALUE}).")
  int maxIterations;

  @Option(names = "--variance-floor", paramLabel = "V", defaultValue = "0.08333333333333333",
      description = "Least reviewer variance, grade points squared (default 1/12, the"
          + " rounding variance of whole grades).")
  double varianceFloor;

  @Option(names = "--leave-one-out",
      description = "Measure a reviewer's variance against the other reviewers' weighted mean"
          + " instead of the consensus that includes its own grade (Vancouver's way; better"
          + " with few reviewers per answer; SPEC section 8 is the default).")
  boolean leaveOneOut;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    MvleParams params = new MvleParams(tolerance, maxIterations, varianceFloor, leaveOneOut);
    // before reading anything: --out may replace --runs (atomically), never the grades
    OutputTarget.requireDistinct("--out", out, "--grades", grades, true);
    if (out != null) {
      OutputTarget.file(out, "--out").preflight();
    }
    StderrProgress stop = new StderrProgress(false, run.control);
    run.control.working("reading " + grades.getFileName(), null); // the open may block (a FIFO)
    GradeSheet sheet = GradesReader.read(grades, stop);
    Consensus.Result result = Consensus.run(sheet, params, stop);
    if (out == null && runs != null) {
      requireBufferFits();
    }
    Consensus.Columns cols = Consensus.columns(sheet, result);
    if (runs != null) {
      run.control.working("rewriting " + runs.getFileName(), null);
    }
    StringWriter buffer = out == null ? new StringWriter() : null;
    GradedRunsWriter.Stats stats = write(sheet, cols, buffer, stop);
    if (buffer != null) {
      spec.commandLine().getOut().print(buffer);
      spec.commandLine().getOut().flush();
    }
    err.printf(Locale.ROOT, "chem grade: %d grades of %d answers by %d models in %d trials;"
        + " MVLE%s rounds: at most %d (tolerance %s, limit %d, variance floor %s)%n",
        sheet.grades(), sheet.answers(), sheet.models().size(), sheet.trials().size(),
        leaveOneOut ? " (leave-one-out)" : "", result.maxIterations(), tolerance, maxIterations, varianceFloor);
    if (result.notConverged() > 0) {
      err.printf(Locale.ROOT, "chem grade: warning: %d trial(s) did not converge within %d"
          + " rounds (first: %s); their values are the last round's%n", result.notConverged(),
          maxIterations, firstNotConverged(sheet, result));
    }
    if (stats != null) {
      err.printf(Locale.ROOT, "chem grade: %s: %d of %d rows updated", runs, stats.updated(),
          stats.rows());
      if (stats.firstUnmatchedLine() > 0) {
        err.printf(Locale.ROOT, "; %d row(s) without grades kept as they were (first: line %d)",
            stats.rows() - stats.updated(), stats.firstUnmatchedLine());
      }
      if (stats.answersWithoutRow() > 0) {
        err.printf(Locale.ROOT, "; %d graded answer(s) have no row in the runs file",
            stats.answersWithoutRow());
      }
      err.println();
    }
    return 0;
  }

  /**
   * Without --out the graded copy of --runs is built in memory (stdout gets all of it or, on
   * an error, nothing): refuses, naming the file's size and --out, a copy that would not fit
   * (about 3 bytes of heap per byte of the file: the characters and the final string).
   */
  private void requireBufferFits() {
    long size;
    try {
      size = Files.size(runs);
    } catch (IOException e) {
      return; // the reader names the problem
    }
    LimitException.requireHeap(3 * size, "chem grade: the graded copy of " + runs + " ("
        + LimitException.human(size) + ") held for stdout", Alternative.STREAMING_OUTPUT);
  }

  /**
   * Writes to the buffer, or to --out through an {@link OutputTarget}: a temporary sibling
   * renamed over the file once complete (the file keeps its permissions), unless Ctrl-C or
   * --timeout came first, which keeps the old file.
   */
  private GradedRunsWriter.Stats write(GradeSheet sheet, Consensus.Columns cols,
      StringWriter buffer, StderrProgress stop) {
    if (buffer != null) {
      return emit(sheet, cols, buffer);
    }
    try (OutputTarget t = OutputTarget.file(out, "--out")) {
      GradedRunsWriter.Stats stats = emit(sheet, cols, t.writer(StandardCharsets.UTF_8));
      t.commit(stop);
      return stats;
    }
  }

  private GradedRunsWriter.Stats emit(GradeSheet sheet, Consensus.Columns cols, Writer w) {
    if (runs == null) {
      GradedRunsWriter.writeAnswers(sheet, cols, w);
      return null;
    }
    return GradedRunsWriter.rewrite(runs, sheet, cols, w);
  }

  private static String firstNotConverged(GradeSheet sheet, Consensus.Result result) {
    for (int t = 0; t < sheet.trials().size(); t++) {
      if (!result.converged(t)) {
        return sheet.trials().get(t);
      }
    }
    return "";
  }
}
