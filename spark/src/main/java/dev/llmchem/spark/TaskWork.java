package dev.llmchem.spark;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmchem.cli.TaskJson;
import dev.llmchem.cli.TaskText;
import dev.llmchem.engine.Bootstrap;
import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.Chemistry;
import dev.llmchem.engine.RecommendOptions;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.bootstrap.BootstrapOptions;
import dev.llmchem.engine.bootstrap.TaskBootstrap;
import dev.llmchem.engine.bootstrap.TaskSample;
import dev.llmchem.engine.bootstrap.Unit;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.interaction.InteractionIndex;
import dev.llmchem.engine.interaction.InteractionMatrix;
import dev.llmchem.engine.recommend.Explanation;
import dev.llmchem.engine.recommend.FallbackPolicy;
import dev.llmchem.engine.recommend.RecommendParams;
import dev.llmchem.engine.recommend.Recommendation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * What one task's executor computes and prints: the command and its options, serializable
 * (the engine's option records are not). {@link #render} runs the engine on the task as
 * {@code chem} runs it (CHEME, the interaction index, RECOMMEND, its explanation, the
 * bootstrap) and writes the task with the CLI's own writers: its compact JSON object
 * ({@link TaskJson}) or its text ({@link TaskText}).
 *
 * @param command profile, chemistry or recommend
 * @param text the text output (else the JSON object)
 * @param threads the kernels' threads in each Spark task (0: the task's cores)
 * @param cheme chemistry's options (null for the other commands)
 * @param recommend recommend's options (null for the other commands)
 * @param boot {@code --bootstrap}, or null
 */
record TaskWork(Command command, boolean text, int threads, Cheme cheme, Recommend recommend,
    Boot boot) implements Serializable {

  /** The subcommands. */
  enum Command { PROFILE, CHEMISTRY, RECOMMEND }

  /** Chemistry's options; {@code index} "cheme", "shapley" or "banzhaf". */
  record Cheme(ChemeOptions.Method method, String index, double tau, boolean inclusive,
      boolean witness, int top) implements Serializable {
    boolean strict() {
      return !inclusive && tau > 0;
    }
  }

  /** Recommend's method, loss and fallback options, and {@code --explain}. */
  record Recommend(RecommendOptions.Method method, int size, double alpha, double beta,
      int iters, int minSize, FallbackPolicy.Good good, FallbackPolicy.Bad bad, double hiA,
      double hiQ, double loA, double loQ, boolean explain) implements Serializable {

    static Recommend of(RecommendOptions.Method method, int size, RecommendParams p,
        boolean explain) {
      FallbackPolicy f = p.fallback();
      return new Recommend(method, size, p.alpha(), p.beta(), p.iters(), p.minSize(), f.good(),
          f.bad(), f.hiA(), f.hiQ(), f.loA(), f.loQ(), explain);
    }

    /** The engine's options (checked as the engine checks them). */
    RecommendOptions options(int threads, ProgressListener progress) {
      return new RecommendOptions(method, new RecommendParams(alpha, beta, iters, minSize,
          new FallbackPolicy(good, bad, hiA, hiQ, loA, loQ)), size, threads, progress);
    }
  }

  /** {@code --bootstrap B --seed S --resample UNIT}. */
  record Boot(int replicates, long seed, Unit unit) implements Serializable {
    BootstrapOptions options(int threads, ProgressListener progress) {
      return new BootstrapOptions(replicates, seed, unit, threads, progress);
    }
  }

  static TaskWork profile(boolean text) {
    return new TaskWork(Command.PROFILE, text, 0, null, null, null);
  }

  /** The {@code "index"} of the JSON document (chemistry names its index), else null. */
  String documentIndex() {
    return command == Command.CHEMISTRY ? cheme.index() : null;
  }

  /**
   * The task's compact JSON object or text.
   *
   * @param task the task's cluster index (seeds its bootstrap draws)
   * @param sample the task's rows for the bootstrap (null without {@code --bootstrap})
   * @param threads the kernels' threads
   * @param stop polled by the kernels (the Spark task was killed)
   */
  String render(TaskAnalysis t, int task, TaskSample sample, int threads, ProgressListener stop) {
    StringWriter w = new StringWriter();
    try {
      if (text) {
        PrintWriter out = new PrintWriter(w);
        write(null, out, t, task, sample, threads, stop);
        out.flush();
      } else {
        try (JsonGenerator g = TaskJson.compact(w)) {
          write(g, null, t, task, sample, threads, stop);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** As {@code chem}'s command does for one task, to {@code g} (JSON) or {@code out}. */
  private void write(JsonGenerator g, PrintWriter out, TaskAnalysis t, int task,
      TaskSample sample, int threads, ProgressListener stop) throws IOException {
    switch (command) {
      case PROFILE -> {
        if (g != null) {
          TaskJson.profile(g, t);
        } else {
          TaskText.profile(out, t);
        }
      }
      case CHEMISTRY -> chemistry(g, out, t, task, sample, threads, stop);
      case RECOMMEND -> {
        Chemistry c = t.chemistry(new ChemeOptions(ChemeOptions.Method.AUTO, threads, stop));
        RecommendOptions ro = recommend.options(threads, stop);
        TaskBootstrap tb = boot == null ? null : Bootstrap.run(t, task, sample,
            t.options(), c, boot.options(threads, stop), ro, 0.0, false);
        Recommendation r = c.recommend(ro);
        Explanation e = recommend.explain() ? c.explain(r, ro) : null;
        if (g != null) {
          TaskJson.recommend(g, t, c, r, recommend.method(), recommend.size(), e, tb);
        } else {
          TaskText.recommend(out, t, c, r, recommend.method(), recommend.size(),
              recommend.minSize(), e, tb);
        }
      }
      default -> throw new IllegalStateException(command.name());
    }
  }

  private void chemistry(JsonGenerator g, PrintWriter out, TaskAnalysis t, int task,
      TaskSample sample, int threads, ProgressListener stop) throws IOException {
    long t0 = System.nanoTime();
    if (!cheme.index().equals("cheme")) {
      InteractionMatrix m = t.interactions(InteractionIndex.parse(cheme.index()),
          new ChemeOptions(cheme.method(), threads, stop));
      if (g != null) {
        TaskJson.interactions(g, t, m);
      } else {
        TaskText.interactions(out, t, m, cheme.top(), (System.nanoTime() - t0) / 1e9);
      }
      return;
    }
    ChemeOptions.Method m = cheme.witness() ? ChemeOptions.Method.EXACT_EQ1 : cheme.method();
    Chemistry c = t.chemistry(new ChemeOptions(m, threads, stop));
    double secs = (System.nanoTime() - t0) / 1e9;
    TaskBootstrap tb = boot == null ? null : Bootstrap.run(t, task, sample, t.options(), c,
        boot.options(threads, stop), null, cheme.tau(), cheme.strict());
    if (g != null) {
      TaskJson.chemistry(g, t, c, cheme.tau(), cheme.inclusive(), cheme.witness(), tb);
    } else {
      TaskText.chemistry(out, t, c, cheme.tau(), cheme.inclusive(), cheme.witness(),
          cheme.top(), secs, tb);
    }
  }
}
