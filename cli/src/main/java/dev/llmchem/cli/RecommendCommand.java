package dev.llmchem.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.Chemistry;
import dev.llmchem.engine.RecommendOptions;
import dev.llmchem.engine.Bootstrap;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.bootstrap.TaskBootstrap;
import dev.llmchem.engine.recommend.Explanation;
import dev.llmchem.engine.recommend.RecommendParams;
import dev.llmchem.engine.recommend.Recommendation;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chem recommend}: the ensemble to use, per task. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
    description = {"Recommends an ensemble per task (SPEC section 7): CHEME first, then a set X"
        + " minimising alpha*(maxI - inter(X)) + (1-alpha)*(maxT - intra(X)) + beta*|X|, where"
        + " intra = chemistry inside X, inter = chemistry across the cut, maxT = all chemistry,"
        + " maxI = a greedy max cut (a set whose intra or inter exceeds them is infeasible).",
        "--method reference (default) hill-climbs from the historical configurations X_Q as the"
            + " authors' implementation does; --method exact returns the global optimum of the"
            + " same loss (|S| <= 30). --size N asks for exactly N models.",
        "Without any chemistry entry the answer is a fallback (the single best model, or nothing"
            + " when every model is bad); the text output says why."},
    footer = {"", "Examples:", "  chem recommend --data runs.csv",
        "  chem recommend --data runs.csv --explain            # why this set, runner-ups",
        "  chem recommend --data runs.csv --bootstrap 1000     # how often it comes back",
        "  chem recommend --data h.csv --fallback-good all --hi-a 0.8",
        "  chem recommend --data runs.csv --method exact --size 3 --json"})
final class RecommendCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  TaskOptions options;

  @Mixin
  LossOptions loss;

  @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
      description = "Worker threads (0 = one per available processor, 1 = sequential; the"
          + " answer is the same for any N): several tasks run in parallel, one task alone runs"
          + " its CHEME and --method exact in parallel. Default ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--json", description = "Machine-readable output on stdout (SPEC section 11).")
  boolean json;

  @Mixin
  BootstrapMixin boot;

  @Mixin
  FallbackMixin fallback;

  @Option(names = "--explain", description = "Say why: the loss taken apart (maxT, the greedy cut"
      + " behind maxI, intra, inter), each member's chemistry with the other members and with the"
      + " models left out, the deciding pairs with their witness subsets, the fallback's"
      + " classification, and the 5 best sets by loss with their margins (runner-ups, from the"
      + " exact search over all 2^|S| subsets: |S| <= 30, a second or so at 30).")
  boolean explain;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    RecommendParams params = loss.params(fallback.policy());
    boot.check();
    Analysis an = options.analyse(spec.commandLine().getErr());
    Bootstrap bs = boot.of(an);
    List<TaskAnalysis> selected = options.tasks(an);
    for (TaskAnalysis t : selected) {
      Chemistry.checkRecommend(t.universeSize(), loss.options(params,
          threads, dev.llmchem.engine.control.ProgressListener.NONE));
    }
    Integer handedOff = options.handOff(spec, selected, ChemeOptions.Method.AUTO);
    if (handedOff != null) {
      return handedOff;
    }
    JsonGenerator g = json ? Json.start(out) : null;
    if (json) {
      g.writeStartObject();
      g.writeArrayFieldStart("tasks");
    }
    PrintWriter err = spec.commandLine().getErr();
    options.forEachTask(selected, threads, (t, ctx) -> {
      Chemistry c = options.chemistry(t, ChemeOptions.Method.AUTO, ctx, err);
      RecommendOptions ro = loss.options(params, ctx.threads(),
          ctx.progress());
      TaskBootstrap tb = bs == null ? null : bs.run(t, c, boot.options(ctx), ro, 0.0, false);
      Recommendation r = c.recommend(ro);
      return new Answer(c, r, tb, explain ? c.explain(r, ro) : null);
    }, (t, a) -> {
      if (json) {
        json(g, t, a.chemistry(), a.recommendation(), loss.method, loss.size, a.explanation(),
            a.bootstrap());
      } else {
        text(out, t, a.chemistry(), a.recommendation(), loss.method, loss.size, loss.minSize,
            a.explanation(), a.bootstrap());
      }
    });
    if (json) {
      g.writeEndArray();
      g.writeEndObject();
      Json.finish(g);
    }
    return 0;
  }

  /** One task's answer; its bootstrap is null when not asked for. */
  private record Answer(Chemistry chemistry, Recommendation recommendation,
      TaskBootstrap bootstrap, Explanation explanation) { }

  /**
   * One task's object, streamed, with its explanation and bootstrap when not null; also
   * {@link TaskJson}'s.
   */
  static void json(JsonGenerator g, TaskAnalysis t, Chemistry c, Recommendation r,
      RecommendOptions.Method method, int size, Explanation e, TaskBootstrap tb)
      throws IOException {
    open(g, t, c, r, method, size);
    if (e != null) {
      ExplainWriter.json(g, e);
    }
    if (tb != null) {
      BootstrapWriter.stability(g, tb);
    }
    g.writeEndObject();
  }

  /** One task's object (also what {@code chem watch} prints for a changed task). */
  static void json(JsonGenerator g, TaskAnalysis t, Chemistry c, Recommendation r,
      RecommendOptions.Method method, int size) throws IOException {
    open(g, t, c, r, method, size);
    g.writeEndObject();
  }

  /** One task's object without its closing brace. */
  private static void open(JsonGenerator g, TaskAnalysis t, Chemistry c, Recommendation r,
      RecommendOptions.Method method, int size) throws IOException {
    g.writeStartObject();
    g.writeStringField("task", t.prototype());
    if (r.isPresent()) {
      Json.strings(g, "recommended", c.names(r));
    } else {
      g.writeNullField("recommended");
    }
    if (Double.isNaN(r.loss())) {
      g.writeNullField("loss");
    } else {
      g.writeNumberField("loss", r.loss());
    }
    g.writeStringField("reason", r.reason().jsonName());
    g.writeStringField("method", method.name().toLowerCase(Locale.ROOT));
    g.writeNumberField("size", size);
    g.writeStringField("explanation", r.details().explanation());
    Json.finite(g, "max_total_chem", r.details().maxTotalChem());
    Json.finite(g, "max_inter_chem", r.details().maxInterChem());
    g.writeNumberField("configurations", r.details().configurations());
    g.writeNumberField("chem_entries", c.entryCount());
    g.writeStringField("chem_method", c.method().label());
    g.writeStringField("chem_kernel", c.kernel());
    if (c.whyNoEntries() != null) {
      g.writeStringField("no_entries_because", c.whyNoEntries());
    }
  }

  /**
   * One task's text, with its explanation and bootstrap when not null; also
   * {@link TaskText}'s.
   */
  static void text(PrintWriter out, TaskAnalysis t, Chemistry c, Recommendation r,
      RecommendOptions.Method method, int size, int minSize, Explanation e, TaskBootstrap tb) {
    text(out, t, c, r, method, size, minSize);
    if (e != null) {
      ExplainWriter.text(out, e);
      out.println();
    }
    if (tb != null) {
      BootstrapWriter.stabilityText(out, tb);
      out.println();
    }
  }

  private static void text(PrintWriter out, TaskAnalysis t, Chemistry c, Recommendation r,
      RecommendOptions.Method method, int size, int minSize) {
    out.println("Task: " + t.prototype());
    List<String> names = c.names(r);
    String what = size > 0 ? "exactly " + size + " models" : "any size >= " + minSize;
    out.printf(Locale.ROOT, "Method: %s (%s); %d chemistry entries, %d historical configurations%n",
        method.name().toLowerCase(Locale.ROOT), what, c.entryCount(), r.details().configurations());
    if (r.isPresent()) {
      out.println("Recommended (" + names.size() + "): " + String.join(", ", names));
    } else {
      out.println("Recommended: nothing");
    }
    if (!Double.isNaN(r.loss())) {
      out.printf(Locale.ROOT, "Loss: %s  (maxT = %s, maxI = %s)%n", r.loss(),
          r.details().maxTotalChem(), r.details().maxInterChem());
    }
    out.println("Why: " + r.reason().jsonName() + ": " + r.details().explanation());
    if (c.whyNoEntries() != null) {
      out.println("No chemistry entries because " + c.whyNoEntries() + ".");
    }
    out.println();
  }
}
