package dev.llmchem.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmchem.engine.recommend.Explanation;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** {@code chem recommend --explain}: the explanation as text and as the "explain" object. */
final class ExplainWriter {
  private ExplainWriter() { }

  /** The recommend object's "explain" member. */
  static void json(JsonGenerator g, Explanation e) throws IOException {
    g.writeObjectFieldStart("explain");
    Json.finite(g, "max_total_chem", e.maxT());
    Json.finite(g, "max_inter_chem", e.maxI());
    Json.strings(g, "cut_a", e.cutA());
    Json.strings(g, "cut_b", e.cutB());
    g.writeNumberField("intra", e.intra());
    g.writeNumberField("inter", e.inter());
    g.writeObjectFieldStart("loss_terms");
    g.writeNumberField("inter", e.interTerm());
    g.writeNumberField("intra", e.intraTerm());
    g.writeNumberField("size", e.sizeTerm());
    g.writeEndObject();
    g.writeArrayFieldStart("members");
    for (Explanation.Member m : e.members()) {
      g.writeStartObject();
      g.writeStringField("model", m.model());
      g.writeNumberField("inside", m.inside());
      g.writeNumberField("outside", m.outside());
      g.writeArrayFieldStart("links");
      for (Explanation.Link l : m.links()) {
        g.writeStartObject();
        g.writeStringField("model", l.model());
        g.writeNumberField("chem", l.chem());
        g.writeBooleanField("member", l.member());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("deciding_pairs");
    for (Explanation.Pair p : e.deciding()) {
      g.writeStartObject();
      g.writeStringField("a", p.a());
      g.writeStringField("b", p.b());
      g.writeNumberField("chem", p.chem());
      g.writeStringField("kind", p.inside() ? "inside" : "across");
      if (p.witness() != null) {
        Json.strings(g, "witness", p.witness());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    if (e.fallback() != null) {
      g.writeObjectFieldStart("fallback");
      g.writeStringField("policy", e.fallback().policy());
      g.writeArrayFieldStart("models");
      for (Explanation.Judged j : e.fallback().models()) {
        g.writeStartObject();
        g.writeStringField("model", j.model());
        g.writeNumberField("a", j.a());
        g.writeNumberField("q", j.q());
        g.writeStringField("verdict", j.verdict());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    if (e.runnerUps() != null) {
      g.writeArrayFieldStart("runner_ups");
      for (Explanation.RunnerUp r : e.runnerUps()) {
        g.writeStartObject();
        Json.strings(g, "models", r.models());
        g.writeNumberField("loss", r.loss());
        Json.finite(g, "margin", r.margin());
        g.writeBooleanField("answer", r.answer());
        g.writeEndObject();
      }
      g.writeEndArray();
    } else {
      g.writeStringField("runner_ups_note", e.runnerUpsNote());
    }
    g.writeEndObject();
  }

  /** The text lines. */
  static void text(PrintWriter out, Explanation e) {
    out.println("Explanation:");
    if (e.fallback() != null) {
      out.println("  fallback (no chemistry entries); policy: " + e.fallback().policy());
      for (Explanation.Judged j : e.fallback().models()) {
        out.printf(Locale.ROOT, "    %-28s a = %-8.4g q = %-8.4g %s%n", j.model(), j.a(), j.q(),
            j.verdict());
      }
    }
    out.printf(Locale.ROOT, "  maxT = %.6g (all chemistry of S); maxI = %.6g (across the greedy"
        + " cut {%s} | {%s})%n", e.maxT(), e.maxI(), String.join(", ", e.cutA()),
        String.join(", ", e.cutB()));
    if (!e.models().isEmpty()) {
      out.printf(Locale.ROOT, "  intra = %.6g, inter = %.6g: loss = alpha (maxI - inter) %.6g +"
          + " (1 - alpha)(maxT - intra) %.6g + beta |X| %.6g%n", e.intra(), e.inter(),
          e.interTerm(), e.intraTerm(), e.sizeTerm());
    }
    for (Explanation.Member m : e.members()) {
      out.printf(Locale.ROOT, "  %-28s with members %-9.4g with the rest %-9.4g%s%n", m.model(),
          m.inside(), m.outside(), strongestOutside(m.links()));
    }
    if (!e.deciding().isEmpty()) {
      out.println("  deciding pairs (inside: counted in intra; across: in inter), witness X ="
          + " where the pair interacts most:");
      for (Explanation.Pair p : e.deciding()) {
        out.printf(Locale.ROOT, "    %-7s %-8.4g %s, %s%s%n", p.inside() ? "inside" : "across",
            p.chem(), p.a(), p.b(), p.witness() == null ? ""
                : "   X = {" + String.join(", ", p.witness()) + "}");
      }
    }
    if (e.runnerUps() != null) {
      out.println("  best sets by loss (runner-ups; margin = loss - the answer's):");
      for (Explanation.RunnerUp r : e.runnerUps()) {
        out.printf(Locale.ROOT, "    %-12.8g %-11s %s%s%n", r.loss(), Double.isNaN(r.margin())
            ? "" : String.format(Locale.ROOT, "%+.4g", r.margin()), String.join(", ",
            r.models()), r.answer() ? "   <- the answer" : "");
      }
    } else {
      out.println("  runner-ups: " + e.runnerUpsNote());
    }
  }

  private static String strongestOutside(List<Explanation.Link> links) {
    for (Explanation.Link l : links) {
      if (!l.member()) {
        return String.format(Locale.ROOT, " (strongest outside: %s %.4g)", l.model(), l.chem());
      }
    }
    return "";
  }
}
