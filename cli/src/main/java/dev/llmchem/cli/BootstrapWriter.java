package dev.llmchem.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmchem.engine.bootstrap.Frequency;
import dev.llmchem.engine.bootstrap.PairInterval;
import dev.llmchem.engine.bootstrap.RecommendStability;
import dev.llmchem.engine.bootstrap.Summary;
import dev.llmchem.engine.bootstrap.TaskBootstrap;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Text and JSON of bootstrap results (contract section 12, docs/cli.md). */
final class BootstrapWriter {
  /** How the percentiles are defined, printed once per task. */
  static final String PERCENTILES = "type 7 (numpy.percentile default): linear between order"
      + " statistics, h = (B - 1) p";

  private BootstrapWriter() { }

  /** The task-level "bootstrap" object's common fields (caller opened the object). */
  static void header(JsonGenerator g, TaskBootstrap b) throws IOException {
    g.writeNumberField("replicates", b.replicates());
    g.writeNumberField("seed", b.seed());
    g.writeStringField("resample", b.unit().label());
    g.writeNumberField("units", b.units());
    g.writeStringField("percentiles", PERCENTILES);
  }

  /** A pair's interval fields, beside its "a", "b" and "chem". */
  static void pairFields(JsonGenerator g, PairInterval p) throws IOException {
    g.writeNumberField("mean", p.values().mean());
    g.writeNumberField("ci_low", p.values().lo());
    g.writeNumberField("median", p.values().median());
    g.writeNumberField("ci_high", p.values().hi());
    g.writeNumberField("min", p.values().min());
    g.writeNumberField("max", p.values().max());
    g.writeNumberField("p_positive", p.positive());
    g.writeNumberField("present", p.present());
    g.writeBooleanField("solid", p.solid());
  }

  /** The distribution object of a summary (nulls when it is empty). */
  static void summary(JsonGenerator g, String field, Summary s) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeNumberField("n", s.n());
    Json.finite(g, "mean", s.mean());
    Json.finite(g, "ci_low", s.lo());
    Json.finite(g, "median", s.median());
    Json.finite(g, "ci_high", s.hi());
    Json.finite(g, "min", s.min());
    Json.finite(g, "max", s.max());
    g.writeEndObject();
  }

  /** The recommend object's "bootstrap" member. */
  static void stability(JsonGenerator g, TaskBootstrap b) throws IOException {
    RecommendStability s = b.recommend();
    g.writeObjectFieldStart("bootstrap");
    header(g, b);
    g.writeObjectFieldStart("same_set");
    g.writeNumberField("count", s.same().count());
    g.writeNumberField("share", s.same().share());
    g.writeEndObject();
    g.writeNumberField("distinct_sets", s.distinctSets());
    g.writeArrayFieldStart("sets");
    for (Frequency f : s.sets()) {
      g.writeStartObject();
      Json.strings(g, "models", f.models());
      g.writeNumberField("count", f.count());
      g.writeNumberField("share", f.share());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("inclusion");
    for (Frequency f : s.inclusion()) {
      g.writeStartObject();
      g.writeStringField("model", f.models().get(0));
      g.writeNumberField("count", f.count());
      g.writeNumberField("share", f.share());
      g.writeEndObject();
    }
    g.writeEndArray();
    summary(g, "loss", s.loss());
    g.writeArrayFieldStart("reasons");
    for (RecommendStability.ReasonCount r : s.reasons()) {
      g.writeStartObject();
      g.writeStringField("reason", r.reason());
      g.writeNumberField("count", r.count());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** One line about the run. */
  static String describe(TaskBootstrap b) {
    return String.format(Locale.ROOT, "Bootstrap: %d replicates, each drawing %d %s with"
        + " replacement (seed %d); intervals are 2.5-97.5%% percentiles", b.replicates(),
        b.units(), b.unit().label(), b.seed());
  }

  /** Text lines of the recommendation's stability. */
  static void stabilityText(PrintWriter out, TaskBootstrap b) {
    RecommendStability s = b.recommend();
    out.println(describe(b) + ":");
    out.printf(Locale.ROOT, "  the same set comes back in %s of replicates (%d distinct"
        + " answers)%n", pct(s.same().share()), s.distinctSets());
    out.println("  most frequent answers:");
    for (Frequency f : s.sets()) {
      out.printf(Locale.ROOT, "    %7s  %s%n", pct(f.share()), f.models().isEmpty() ? "(nothing)"
          : String.join(", ", f.models()));
    }
    StringBuilder inc = new StringBuilder("  inclusion:");
    for (Frequency f : s.inclusion()) {
      inc.append(' ').append(f.models().get(0)).append(' ').append(pct(f.share())).append(',');
    }
    out.println(inc.substring(0, inc.length() - 1));
    Summary l = s.loss();
    if (l.n() > 0) {
      out.printf(Locale.ROOT, "  loss: mean %.4g, median %.4g, 95%% [%.4g, %.4g] over %d"
          + " replicates with a loss%n", l.mean(), l.median(), l.lo(), l.hi(), l.n());
    }
    StringBuilder why = new StringBuilder("  reasons:");
    for (RecommendStability.ReasonCount r : s.reasons()) {
      why.append(' ').append(r.reason()).append(' ').append(r.count()).append(',');
    }
    out.println(why.substring(0, why.length() - 1));
  }

  /** A share as a percentage with one decimal. */
  static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  /**
   * The text lines of the pairs, most solid first (2.5 percentile, then mean, then point value,
   * all descending), top n (0 = all).
   */
  static void pairsText(PrintWriter out, TaskBootstrap b, int top) {
    List<PairInterval> sorted = new java.util.ArrayList<>(b.pairs());
    sorted.sort(java.util.Comparator.comparingDouble((PairInterval p) -> -p.values().lo())
        .thenComparingDouble(p -> -p.values().mean()).thenComparingDouble(p -> -p.chem())
        .thenComparing(PairInterval::a).thenComparing(PairInterval::b));
    long solid = b.pairs().stream().filter(PairInterval::solid).count();
    long fragile = b.pairs().stream().filter(p -> p.chem() > PairInterval.NOISE && !p.solid())
        .count();
    out.println(describe(b) + ".");
    out.printf(Locale.ROOT, "  %d of %d pairs are solid (2.5%% percentile > 0: chemistry in at"
        + " least 97.5%% of replicates), %d have chem > 0 but an interval reaching 0%n", solid,
        b.pairs().size(), fragile);
    out.printf(Locale.ROOT, "  %-10s %-10s %-21s %-8s %s%n", "chem", "mean", "95% interval",
        "P(>0)", "pair");
    int n = top == 0 ? sorted.size() : Math.min(top, sorted.size());
    for (PairInterval p : sorted.subList(0, n)) {
      out.printf(Locale.ROOT, "  %-10.4g %-10.4g [%.4g, %.4g]%s %-8s %s, %s%s%n", p.chem(),
          p.values().mean(), p.values().lo(), p.values().hi(),
          pad(p.values().lo(), p.values().hi()), pct(p.positive()), p.a(), p.b(),
          p.solid() ? "" : p.chem() > PairInterval.NOISE ? "   (interval reaches 0)" : "");
    }
    if (n < sorted.size()) {
      out.println("  ... " + (sorted.size() - n) + " more (--top 0 shows all, --json lists them)");
    }
  }

  private static String pad(double lo, double hi) {
    int len = String.format(Locale.ROOT, "[%.4g, %.4g]", lo, hi).length();
    return " ".repeat(Math.max(0, 21 - len));
  }
}
