package dev.llmchem.cli;

import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.control.LimitException.Alternative;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.ChemeOptions;
import dev.llmchem.engine.Chemistry;
import dev.llmchem.engine.Bootstrap;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.bootstrap.PairInterval;
import dev.llmchem.engine.bootstrap.TaskBootstrap;
import dev.llmchem.engine.cheme.ChemMatrix;
import dev.llmchem.engine.cheme.DenseCheme;
import dev.llmchem.engine.interaction.InteractionIndex;
import dev.llmchem.engine.interaction.InteractionMatrix;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chem chemistry}: pairwise chemistry (CHEME) and the LLMCP answer per task. */
@Command(name = "chemistry", mixinStandardHelpOptions = true,
    description = {"Pairwise chemistry by CHEME (SPEC section 6): for every pair a, b the largest"
        + " |cost(X+a+b) - cost(X+a) - cost(X+b) + cost(X)| / cost(X+a+b) over all subsets X"
        + " of the other models (clipped to 1; terms with a zero cost skipped).",
        "A pair evaluated at least once has an entry (possibly 0). With --tau, LLMCP keeps the"
            + " pairs with chem > tau and splits the models into a stable partition (connected"
            + " components of those pairs)."},
    footer = {"", "Examples:", "  chem chemistry --data runs.csv",
        "  chem chemistry --data runs.csv --tau 0.9 --json",
        "  chem chemistry --data h.csv --method naive     # the oracle, |S| <= 24",
        "  chem chemistry --data pool.csv --method exact-eq1 --witness   # any |U|, with witnesses",
        "  chem chemistry --data h.jsonl.gz --task-column dataset --aggregate mean",
        "  chem chemistry --data runs.csv --index shapley --json   # Shapley interaction index"})
final class ChemistryCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  TaskOptions options;

  /** --tau, --inclusive, --method, --index, --witness, --top (shared with chem-spark). */
  @Mixin
  ChemistryOptions chem;

  @Option(names = "--threads", defaultValue = "0", paramLabel = "N",
      description = "Worker threads (0 = one per available processor, 1 = sequential):"
          + " several tasks run in parallel, one task alone runs its kernel in parallel."
          + " Default ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--json", description = "Machine-readable output on stdout (SPEC section 11).")
  boolean json;

  @Mixin
  BootstrapMixin boot;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InteractionIndex game = chem.check(boot);
    ChemeOptions.Method run = chem.run();
    double tau = chem.tau;
    Analysis an = options.analyse(err);
    if (game != null) {
      interactions(an, game, out, err);
      return 0;
    }
    List<TaskAnalysis> tasks = options.tasks(an);
    Integer handedOff = options.handOff(spec, tasks, run);
    if (handedOff != null) {
      return handedOff;
    }
    Bootstrap bs = boot.of(an);
    boolean strict = chem.strict();
    JsonGenerator g = json ? Json.start(out) : null;
    if (json) {
      g.writeStartObject();
      g.writeStringField("index", "cheme");
      g.writeArrayFieldStart("tasks");
    }
    options.forEachTask(tasks, threads, (t, ctx) -> {
      long t0 = System.nanoTime();
      Chemistry c = options.chemistry(t, run, ctx, err);
      double secs = (System.nanoTime() - t0) / 1e9;
      TaskBootstrap tb = bs == null ? null : bs.run(t, c, boot.options(ctx), null, tau, strict);
      return new Timed(c, secs, tb);
    }, (t, r) -> {
      if (json) {
        json(g, t, r.chemistry(), strict, r.bootstrap());
      } else {
        text(out, t, r.chemistry(), tau, chem.inclusive, chem.witness, chem.top, r.seconds(),
            r.bootstrap());
      }
    });
    if (json) {
      g.writeEndArray();
      g.writeEndObject();
      Json.finish(g);
    }
    return 0;
  }

  /** --index shapley|banzhaf: every task's index, as JSON or text. */
  private void interactions(Analysis an, InteractionIndex game, PrintWriter out,
      PrintWriter err) throws IOException {
    JsonGenerator g = json ? Json.start(out) : null;
    if (json) {
      g.writeStartObject();
      g.writeStringField("index", game.label());
      g.writeArrayFieldStart("tasks");
    }
    options.forEachTask(options.tasks(an), threads, (t, ctx) -> {
      long t0 = System.nanoTime();
      InteractionMatrix m = t.interactions(game, ctx.cheme(chem.method));
      return new TimedIndex(m, (System.nanoTime() - t0) / 1e9);
    }, (t, r) -> {
      if (json) {
        InteractionOutput.json(g, t, r.matrix());
      } else {
        InteractionOutput.text(out, t, r.matrix(), chem.top, r.seconds());
      }
    });
    if (json) {
      g.writeEndArray();
      g.writeEndObject();
      Json.finish(g);
    }
  }

  /** One task's interaction index and the seconds it took. */
  private record TimedIndex(InteractionMatrix matrix, double seconds) { }

  /** One task's chemistry, the seconds it took and its bootstrap (null: not asked for). */
  private record Timed(Chemistry chemistry, double seconds, TaskBootstrap bootstrap) { }

  /** One task's object, its entries streamed pair by pair in (a, b) order: O(|S|) heap. */
  private void json(JsonGenerator g, TaskAnalysis t, Chemistry c, boolean strict,
      TaskBootstrap tb) throws IOException {
    json(g, t, c, chem.tau, strict, chem.inclusive, chem.witness, tb);
  }

  /**
   * One task's object under --tau, --inclusive and --witness, with its bootstrap ({@code tb};
   * null: none); also {@link TaskJson}'s.
   */
  static void json(JsonGenerator g, TaskAnalysis t, Chemistry c, double tau, boolean strict,
      boolean inclusive, boolean witness, TaskBootstrap tb) throws IOException {
    String[] names = t.models();
    g.writeStartObject();
    g.writeStringField("task", t.prototype());
    Json.strings(g, "models", Arrays.asList(names));
    Json.strings(g, "used", t.usedNames());
    g.writeArrayFieldStart("entries");
    if (tb != null) {
      for (PairInterval p : tb.pairs()) { // the same pairs in the same (a, b) order
        g.writeStartObject();
        g.writeStringField("a", p.a());
        g.writeStringField("b", p.b());
        g.writeNumberField("chem", p.chem());
        BootstrapWriter.pairFields(g, p);
        if (witness) {
          Json.strings(g, "witness", c.witness(p.a(), p.b()));
        }
        g.writeEndObject();
      }
    }
    if (tb == null) {
      entries(g, c, names, tau, strict, witness);
    }
    g.writeEndArray();
    g.writeNumberField("tau", tau);
    g.writeBooleanField("inclusive", inclusive);
    g.writeStringField("method", c.method().label());
    g.writeStringField("kernel", c.kernel());
    g.writeNumberField("evaluated_pairs", c.entryCount());
    g.writeArrayFieldStart("partition");
    for (List<String> p : c.stablePartition(tau, strict)) {
      Json.strings(g, p);
    }
    g.writeEndArray();
    if (tb != null) {
      g.writeObjectFieldStart("bootstrap");
      BootstrapWriter.header(g, tb);
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** The entries streamed pair by pair in (a, b) order. */
  private static void entries(JsonGenerator g, Chemistry c, String[] names, double tau,
      boolean strict, boolean witness) throws IOException {
    ChemMatrix m = c.matrix();
    try {
      m.visit(tau, strict, (a, b) -> {
        try {
          g.writeStartObject();
          g.writeStringField("a", names[a]);
          g.writeStringField("b", names[b]);
          g.writeNumberField("chem", m.chem(a, b));
          if (witness) {
            Json.strings(g, "witness", c.witness(names[a], names[b]));
          }
          g.writeEndObject();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Refuses, before sorting it, a text listing of {@code pairs} pairs (--top 0) that would not
   * fit the heap (about {@value #TEXT_BYTES_PER_PAIR} bytes each): |S| = 5,000 models have
   * 12.5 million pairs. The text output of the --top N strongest needs O(N) whatever |S|, and
   * the JSON listing streams pair by pair.
   */
  private static void requireOutputFits(TaskAnalysis t, long pairs) {
    LimitException.requireHeap(pairs * TEXT_BYTES_PER_PAIR, "task '" + t.prototype()
        + "': listing " + pairs + " pairs of |S| = " + t.universeSize() + " models",
        Alternative.HIGHER_TAU, Alternative.FEWER_MODELS);
  }

  /** Heap per pair of the sorted text listing: entry record, list slots (estimated). */
  static final int TEXT_BYTES_PER_PAIR = 64;

  /**
   * One task's text under --tau, --inclusive, --witness and --top, with the seconds CHEME took
   * and its bootstrap ({@code tb}; null: none); also {@link TaskText}'s.
   */
  static void text(PrintWriter out, TaskAnalysis t, Chemistry c, double tau, boolean inclusive,
      boolean witness, int top, double secs, TaskBootstrap tb) {
    boolean strict = !inclusive && tau > 0;
    long count = c.entryCount(tau, strict);
    if (top == 0) {
      requireOutputFits(t, count);
    }
    int u = t.used().size();
    out.println("Task: " + t.prototype());
    if (c.method() == ChemeOptions.Method.EXACT_EQ1) {
      out.printf(Locale.ROOT, "|S| = %d, |U| = %d: %d evaluated pairs (exact-eq1: %,d pairs of U"
          + " by an O(|U|^2) programme, no subsets enumerated, %.3f s)%n", t.universeSize(), u,
          c.entryCount(), (long) u * (u - 1) / 2, secs);
    } else {
      out.printf(Locale.ROOT, "|S| = %d, |U| = %d: %d evaluated pairs (%s method, %s loops,"
          + " %,d terms, %.3f s)%n", t.universeSize(), u, c.entryCount(), c.method().label(),
          c.kernel(), DenseCheme.terms(u), secs);
    }
    if (c.entryCount() == 0) {
      out.println("  No pair was evaluated: every subset's cost is 0 or no model is used"
          + " (every used model has penalty 0, or U is empty).");
    }
    String rule = tau == 0 && !inclusive ? "every evaluated pair" : "pairs with chem "
        + (strict ? "> " : ">= ") + tau;
    out.println("LLMCP (" + rule + "): " + count + " pairs");
    if (tb != null) {
      BootstrapWriter.pairsText(out, tb, top);
    }
    List<Chemistry.Entry> shown = tb != null ? List.of()
        : c.strongest(top == 0 ? (int) count : top, tau, strict);
    for (Chemistry.Entry e : shown) {
      out.printf(Locale.ROOT, "  %-22s %-28s %s%n", e.chem(), e.a(), e.b());
      if (witness) {
        List<String> x = c.witness(e.a(), e.b());
        out.println("      witness X = {" + String.join(", ", x) + "}"
            + (x.isEmpty() ? " (the pair on its own)" : ""));
      }
    }
    if (tb == null && shown.size() < count) {
      out.println("  ... " + (count - shown.size()) + " more (--top 0 shows all, --json lists them)");
    }
    List<List<String>> parts = c.stablePartition(tau, strict);
    out.println("Stable partition: " + parts.size() + " group" + (parts.size() == 1 ? "" : "s"));
    for (List<String> p : parts) {
      out.println("  {" + String.join(", ", p) + "}");
    }
    out.println();
  }
}
