package dev.llmchem.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.control.LimitException.Alternative;
import dev.llmchem.eval.EvalOptions;
import dev.llmchem.eval.QualityScale;
import dev.llmchem.eval.Rq1;
import dev.llmchem.eval.Rq1Row;
import dev.llmchem.eval.Table4;
import dev.llmchem.eval.Table4Row;
import dev.llmchem.eval.Rq2;
import dev.llmchem.eval.Rq2Row;
import dev.llmchem.eval.Rq3;
import dev.llmchem.eval.Rq3Row;
import dev.llmchem.eval.TaskEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chem eval}: the paper's Tables 1-3 (RQ1-RQ3) from a history. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"The paper's evaluation (section 5, SPEC section 9), reproduced as the"
        + " reference's scripts compute it. A configuration is the rows of one (trial, strategy)"
        + " pair; groups N = 3, 5, 10 bucket them by row count.",
        "rq1 (Table 1): mean soft-voting effectiveness of CHEMISTRY vs the best baseline"
            + " (RANDOM, PERFORMANCE, REMOTE, LOCAL), improvement and a two-sample t-test.",
        "rq2 (Table 2): Pearson r between a configuration's chemistry (mean pair chem) and its"
            + " complementarity index (0.5 hypervolume + 0.5 Rao's Q).",
        "rq3 (Table 3): r of chemistry with complementarity and with the RQ3 script's"
            + " effectiveness (share of members with accuracy > 0.7), by task complexity.",
        "table4 (appendix Table 4): per task and N, the CHEMISTRY and the PERFORMANCE"
            + " configuration of highest soft-voting effectiveness, with their models.",
        "Reference quirks kept (docs/eval.md): RQ1's N=3 is 1 < rows <= 3, RQ2/RQ3's is"
            + " rows <= 3; the index takes raw 0-10 quality unless --quality-scale normalised."},
    footer = {"", "Examples:", "  chem eval --data runs.csv",
        "  chem eval --data runs.csv --question rq1 --json",
        "  chem eval --data runs.csv --question table4",
        "  chem eval --data runs2.csv --question rq2 --csv > rq2.csv"})
final class EvalCommand implements Callable<Integer> {
  /** Which tables. */
  enum Question { RQ1, RQ2, RQ3, TABLE4, ALL }

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  TaskOptions options;

  @Option(names = {"--question", "-q"}, defaultValue = "all", paramLabel = "Q",
      description = "rq1, rq2, rq3, table4 or all (default ${DEFAULT-VALUE}: rq1-rq3).")
  Question question;

  @Mixin
  ScaleOption scaleOption;

  @Option(names = "--complexity", paramLabel = "LABEL",
      description = "RQ3 complexity label of every task (default: the paper's labels of its"
          + " three benchmarks, else 'unknown').")
  String complexity;

  @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
      description = "CHEME worker threads (0 = one per available processor).")
  int threads;

  @Option(names = "--json", description = "Machine-readable output on stdout (SPEC section 11).")
  boolean json;

  @Option(names = "--csv", description = "The table as CSV on stdout (one --question).")
  boolean csv;

  @Override
  public Integer call() throws IOException {
    if (json && csv) {
      throw new IllegalArgumentException("--json and --csv exclude each other");
    }
    if (csv && question == Question.ALL) {
      throw new IllegalArgumentException("--csv prints one table: add --question rq1, rq2, rq3"
          + " or table4");
    }
    PrintWriter out = spec.commandLine().getOut();
    Analysis an = options.analyse(spec.commandLine().getErr());
    QualityScale scale = scaleOption.scale;
    EvalOptions eo = EvalOptions.defaults().withScale(scale).withComplexity(complexity);
    List<TaskAnalysis> tasks = options.tasks(an);
    requireRowsFit(tasks.size());
    List<Rq1Row> rq1 = new ArrayList<>();
    List<Rq2Row> rq2 = new ArrayList<>();
    List<Rq3Row> rq3 = new ArrayList<>();
    List<Table4Row> table4 = new ArrayList<>();
    for (TaskAnalysis t : tasks) {
      TaskEvaluation te = TaskEvaluation.of(an, t, eo,
          () -> options.chemistry(t, ChemeOptions.Method.AUTO, threads,
              spec.commandLine().getErr()));
      StderrProgress progress = options.progress();
      try {
        progress.start("eval " + shorten(t.prototype()), 3L * configurations(te));
        if (wants(Question.RQ1)) {
          rq1.addAll(Rq1.rows(te, progress));
        }
        if (wants(Question.RQ2)) {
          rq2.addAll(Rq2.rows(te, progress));
        }
        if (wants(Question.RQ3)) {
          rq3.addAll(Rq3.rows(te, progress));
        }
        if (question == Question.TABLE4) {
          table4.addAll(Table4.rows(te));
        }
      } finally {
        progress.finish();
      }
    }
    if (json) {
      JsonGenerator g = Json.start(out);
      g.writeStartObject();
      if (wants(Question.RQ1)) {
        EvalTables.rq1Json(g, rq1);
      }
      if (wants(Question.RQ2)) {
        EvalTables.rq2Json(g, rq2);
      }
      if (wants(Question.RQ3)) {
        EvalTables.rq3Json(g, rq3);
      }
      if (question == Question.TABLE4) {
        Table4Tables.json(g, table4);
      }
      g.writeStringField("quality_scale", scale.name().toLowerCase(java.util.Locale.ROOT));
      g.writeEndObject();
      Json.finish(g);
    } else if (csv) {
      if (question == Question.RQ1) {
        EvalTables.rq1Csv(out, rq1);
      } else if (question == Question.RQ2) {
        EvalTables.rq2Csv(out, rq2);
      } else if (question == Question.TABLE4) {
        Table4Tables.csv(out, table4);
      } else {
        EvalTables.rq3Csv(out, rq3);
      }
    } else {
      if (wants(Question.RQ1)) {
        EvalTables.rq1Text(out, rq1);
      }
      if (wants(Question.RQ2)) {
        EvalTables.rq2Text(out, rq2);
      }
      if (wants(Question.RQ3)) {
        EvalTables.rq3Text(out, rq3);
      }
      if (question == Question.TABLE4) {
        Table4Tables.text(out, table4);
      }
      out.println("Quality in the complementarity index: " + (scale == QualityScale.RAW
          ? "raw 0-10 (the reference's way)" : "quality / 10") + ".");
    }
    out.flush();
    return 0;
  }

  /**
   * Refuses up front the tables of {@code tasks} task clusters that would not fit the heap:
   * every table lists all tasks before the next begins (in text, CSV and JSON alike), so their
   * rows are held until printed, 3 per task and question (about {@value #RQ1_ROW_BYTES},
   * {@value #RQ2_ROW_BYTES} and {@value #RQ3_ROW_BYTES} bytes each, as measured on a
   * 50,000-task history: 105 MB of rows).
   */
  void requireRowsFit(int tasks) {
    long perTask = 3L * ((wants(Question.RQ1) ? RQ1_ROW_BYTES : 0)
        + (wants(Question.RQ2) ? RQ2_ROW_BYTES : 0) + (wants(Question.RQ3) ? RQ3_ROW_BYTES : 0));
    LimitException.requireHeap(tasks * perTask, String.format(java.util.Locale.ROOT,
        "holding the rows of the evaluation tables for %,d tasks until they are printed (3 per"
        + " task and table)", tasks), Alternative.FEWER_TASKS_OR_MODELS);
  }

  /** Heap of an RQ1 row with its map of five strategy summaries, and its list slot. */
  static final int RQ1_ROW_BYTES = 560;
  /** Heap of an RQ2 row with its distribution, and its list slot. */
  static final int RQ2_ROW_BYTES = 112;
  /** Heap of an RQ3 row, and its list slot. */
  static final int RQ3_ROW_BYTES = 88;

  private boolean wants(Question q) {
    return question == q || question == Question.ALL;
  }

  private static int configurations(TaskEvaluation te) {
    int n = 0;
    for (var s : dev.llmchem.engine.history.Strategy.values()) {
      n += te.configurations().of(s).size();
    }
    return n;
  }

  static String shorten(String task) {
    return task.length() <= 40 ? task : task.substring(0, 37) + "...";
  }
}
