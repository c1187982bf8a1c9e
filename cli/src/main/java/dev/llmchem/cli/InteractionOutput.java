package dev.llmchem.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.interaction.InteractionMatrix;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code chem chemistry --index shapley|banzhaf}: one task's interaction index as JSON (every
 * pair of S, the value under the index's name) or as text (the strongest pairs of U by
 * |value|). Stateless.
 */
final class InteractionOutput {
  private InteractionOutput() { }

  /** The "index" values of {@code --index}, CHEME first. */
  static final List<String> NAMES = List.of("cheme", "shapley", "banzhaf");

  /** One task's object: entries streamed pair by pair in (a, b) order, O(|S|) heap. */
  static void json(JsonGenerator g, TaskAnalysis t, InteractionMatrix m) throws IOException {
    String[] names = t.models();
    String key = m.index().label();
    g.writeStartObject();
    g.writeStringField("task", t.prototype());
    Json.strings(g, "models", Arrays.asList(names));
    Json.strings(g, "used", t.usedNames());
    g.writeArrayFieldStart("entries");
    for (int a = 0; a < names.length; a++) {
      for (int b = a + 1; b < names.length; b++) {
        g.writeStartObject();
        g.writeStringField("a", names[a]);
        g.writeStringField("b", names[b]);
        g.writeNumberField(key, m.value(a, b));
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    g.writeStringField("index", key);
    g.writeStringField("method", m.method());
    g.writeNumberField("pairs_in_u", (long) m.usedCount() * (m.usedCount() - 1) / 2);
    g.writeEndObject();
  }

  /** The text report of one task: the {@code top} pairs of U by |value| (0 = all). */
  static void text(PrintWriter out, TaskAnalysis t, InteractionMatrix m, int top, double secs) {
    int u = m.usedCount();
    long pairs = (long) u * (u - 1) / 2;
    out.println("Task: " + t.prototype());
    out.printf(Locale.ROOT, "|S| = %d, |U| = %d: %s interaction index of %d pairs of U (%s"
        + " method, %.3f s); pairs with a model outside U are 0%n", t.universeSize(), u,
        title(m), pairs, m.method(), secs);
    if (pairs == 0) {
      out.println("  No pair of used models.");
      out.println();
      return;
    }
    out.println("Strongest by |value| (v = cost, lower is better: negative = complements, the"
        + " pair lowers the cost more than its parts; positive = substitutes):");
    List<InteractionMatrix.Entry> shown = m.strongest(top == 0 ? (int) pairs : top);
    for (InteractionMatrix.Entry e : shown) {
      out.printf(Locale.ROOT, "  %-24s %-28s %s%n", e.value(), e.a(), e.b());
    }
    if (shown.size() < pairs) {
      out.println("  ... " + (pairs - shown.size()) + " more (--top 0 shows all, --json lists"
          + " every pair of S)");
    }
    out.println();
  }

  private static String title(InteractionMatrix m) {
    String l = m.index().label();
    return Character.toUpperCase(l.charAt(0)) + l.substring(1);
  }
}
