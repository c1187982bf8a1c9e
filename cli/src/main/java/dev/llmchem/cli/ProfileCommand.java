package dev.llmchem.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.profile.TaskProfiles;
import dev.llmchem.engine.profile.UsedSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chem profile}: profiles, U, cost(S) and MIG size per task cluster. */
@Command(name = "profile", mixinStandardHelpOptions = true,
    description = {"Per task cluster: each model's profile (q = quality, a = max(0.1, accuracy),"
        + " the trial of the chosen row), the used set U (a > theta) in rank order with"
        + " penalties (1 - q/10)(1 - a), cost(S) by Eq. 1 and the MIG node count"
        + " 2^|U| + 2^|S\\U| - 1."},
    footer = {"", "Example: chem profile --data runs2.csv --json"})
final class ProfileCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  TaskOptions options;

  @Option(names = "--json", description = "Machine-readable output on stdout (SPEC section 11).")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Analysis an = options.analyse(spec.commandLine().getErr());
    if (!json) {
      for (TaskAnalysis t : options.tasks(an)) {
        text(t, out);
      }
      return 0;
    }
    JsonGenerator g = Json.start(out);
    g.writeStartObject();
    g.writeArrayFieldStart("tasks");
    for (TaskAnalysis t : options.tasks(an)) {
      json(t, g);
    }
    g.writeEndArray();
    g.writeEndObject();
    Json.finish(g);
    return 0;
  }

  /** One task's object, streamed. */
  static void json(TaskAnalysis t, JsonGenerator g) throws IOException {
    TaskProfiles p = t.profiles();
    g.writeStartObject();
    g.writeStringField("task", t.prototype());
    Json.strings(g, "task_strings", p.taskStrings());
    Json.strings(g, "models", Arrays.asList(t.models()));
    Json.strings(g, "used", t.usedNames());
    g.writeObjectFieldStart("profiles");
    int[] rank = ranks(t);
    for (int i = 0; i < p.universeSize(); i++) {
      if (p.has(i)) {
        g.writeObjectFieldStart(p.name(i));
        g.writeNumberField("q", p.q(i));
        g.writeNumberField("a", p.a(i));
        g.writeStringField("trial", p.trial(i));
        g.writeBooleanField("used", rank[i] > 0);
        g.writeNumberField("penalty", UsedSet.penalty(p.q(i), p.a(i)));
        if (rank[i] > 0) {
          g.writeNumberField("rank", rank[i]);
        }
        g.writeEndObject();
      }
    }
    g.writeEndObject();
    g.writeNumberField("cost_S", t.costOfS());
    g.writeFieldName("mig_nodes");
    g.writeNumber(t.migNodeCount());
    g.writeEndObject();
  }

  /** 1-based rank in U of each S index, 0 when unused. */
  static int[] ranks(TaskAnalysis t) {
    int[] rank = new int[t.universeSize()];
    int[] members = t.used().members();
    for (int k = 0; k < members.length; k++) {
      rank[members[k]] = k + 1;
    }
    return rank;
  }

  static void text(TaskAnalysis t, PrintWriter out) {
    TaskProfiles p = t.profiles();
    out.println("Task: " + t.prototype() + (p.taskStrings().size() > 1
        ? "  (" + p.taskStrings().size() + " wordings: " + String.join(" | ", p.taskStrings()) + ")" : ""));
    int u = t.used().size();
    int s = t.universeSize();
    out.printf(Locale.ROOT, "|S| = %d models, |U| = %d used (a > %s), MIG nodes = 2^%d + 2^%d - 1 = %s%n",
        s, u, t.threshold(), u, s - u, t.migNodeCount());
    out.println("cost(S) = " + t.costOfS());
    out.printf(Locale.ROOT, "  %-4s %-28s %-14s %-20s %-24s %s%n", "rank", "model", "q", "a", "penalty", "trial");
    int[] members = t.used().members();
    for (int k = 0; k < members.length; k++) {
      int i = members[k];
      out.printf(Locale.ROOT, "  %-4d %-28s %-14s %-20s %-24s %s%n", k + 1, p.name(i), p.q(i),
          p.a(i), t.used().penalty(k), p.trial(i));
    }
    int[] rank = ranks(t);
    for (int i = 0; i < s; i++) {
      if (rank[i] == 0 && p.has(i)) {
        out.printf(Locale.ROOT, "  %-4s %-28s %-14s %-20s %-24s %s  (not used: a <= %s)%n", "-",
            p.name(i), p.q(i), p.a(i), "", p.trial(i), t.threshold());
      } else if (!p.has(i)) {
        out.printf(Locale.ROOT, "  %-4s %-28s (no rows in this task)%n", "-", p.name(i));
      }
    }
    out.println();
  }
}
