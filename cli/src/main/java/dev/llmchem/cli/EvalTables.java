package dev.llmchem.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmchem.eval.Rq1Row;
import dev.llmchem.eval.Rq2Row;
import dev.llmchem.eval.Rq3Row;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The evaluation tables as aligned text (3 decimals, as the paper and the reference print
 * them), CSV and JSON (full precision; undefined values are empty in CSV and null in JSON).
 */
final class EvalTables {
  private EvalTables() { }

  // ---- RQ1 ----

  static void rq1Text(PrintWriter out, List<Rq1Row> rows) {
    out.println("RQ1: ensemble effectiveness, CHEMISTRY vs the best baseline (paper Table 1)");
    out.println("  soft voting: an item is correct when the members' mean accuracy > 0.5;"
        + " N = 3 means 1 < rows <= 3");
    String task = null;
    for (Rq1Row r : rows) {
      if (!r.task().equals(task)) {
        task = r.task();
        out.println();
        out.println("Task: " + task);
        out.printf(Locale.ROOT, "  %-4s %-10s %-14s %-12s %-17s %-9s %s%n", "N", "Chemistry",
            "Best baseline", "Baseline", "Improvement (Δ%)", "p-value",
            "configurations RAND/PERF/CHEM/REMO/LOCA");
      }
      String counts = r.strategies().values().stream()
          .map(s -> String.valueOf(s.configurations())).collect(Collectors.joining("/"));
      out.printf(Locale.ROOT, "  %-4d %-10s %-14s %-12s %-17s %-9s %s%n", r.group().n(),
          f3(r.chemistry()), f3(r.bestBaseline()), r.baseline() == null ? "-" : r.baseline().name(),
          Double.isNaN(r.improvementPct()) ? "-" : String.format(Locale.ROOT, "%+.3f", r.improvementPct()),
          pValue(r.pValue()), counts);
    }
    out.println();
  }

  static void rq1Csv(PrintWriter out, List<Rq1Row> rows) {
    out.println("task,n,chemistry,best_baseline,baseline,improvement_pct,p_value,"
        + "configurations_chemistry,configurations_baseline");
    for (Rq1Row r : rows) {
      out.println(String.join(",", quote(r.task()), String.valueOf(r.group().n()),
          num(r.chemistry()), num(r.bestBaseline()), r.baseline() == null ? "" : r.baseline().name(),
          num(r.improvementPct()), num(r.pValue()), count(r, "CHEMISTRY"),
          r.baseline() == null ? "" : count(r, r.baseline().name())));
    }
  }

  private static String count(Rq1Row r, String strategy) {
    return r.strategies().entrySet().stream().filter(e -> e.getKey().name().equals(strategy))
        .map(e -> String.valueOf(e.getValue().configurations())).findFirst().orElse("0");
  }

  /** {@code "rq1" : [ ... ]}, streamed row by row. */
  static void rq1Json(JsonGenerator g, List<Rq1Row> rows) throws IOException {
    g.writeArrayFieldStart("rq1");
    for (Rq1Row r : rows) {
      g.writeStartObject();
      g.writeStringField("task", r.task());
      g.writeNumberField("n", r.group().n());
      Json.finite(g, "chemistry", r.chemistry());
      Json.finite(g, "best_baseline", r.bestBaseline());
      g.writeStringField("baseline", r.baseline() == null ? null : r.baseline().name());
      Json.finite(g, "improvement_pct", r.improvementPct());
      Json.finite(g, "p_value", r.pValue());
      g.writeObjectFieldStart("strategies");
      for (var e : r.strategies().entrySet()) {
        g.writeObjectFieldStart(e.getKey().name());
        g.writeNumberField("configurations", e.getValue().configurations());
        Json.finite(g, "mean", e.getValue().mean());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  // ---- RQ2 ----

  static void rq2Text(PrintWriter out, List<Rq2Row> rows) {
    out.println("RQ2: chemistry vs ensemble complementarity (Pearson r; paper Table 2)");
    out.println("  distinct configurations of the four baselines; N = 3 means rows <= 3 (single"
        + " models included, CI 1)");
    String task = null;
    for (Rq2Row r : rows) {
      if (!r.task().equals(task)) {
        task = r.task();
        out.println();
        out.println("Task: " + task);
        out.printf(Locale.ROOT, "  %-7s %-5s %-8s %-11s %-8s %-5s %s%n", "Group", "n", "r",
            "Strength", "p-value", "Sig.", "chemistry: range, mean, std");
      }
      Rq2Row.Distribution d = r.chemistry();
      String rText = r.note() != null ? "-" : f3(r.r());
      out.printf(Locale.ROOT, "  %-7s %-5d %-8s %-11s %-8s %-5s [%s, %s] %s %s%s%n",
          r.group().rangeLabel(), r.n(), rText, r.note() != null ? "-" : r.strength(),
          r.note() != null ? "-" : pValue(r.p()), r.stars().isEmpty() ? "ns" : r.stars(), f3(d.min()),
          f3(d.max()), f3(d.mean()), f3(d.std()),
          r.note() == null ? "" : "  (no r: " + (r.note().equals("constant")
              ? "a side is constant" : "fewer than 10 configurations") + ")");
    }
    out.println("  Sig. (the reference's, gated by effect size): *** p<0.001 and |r|>=0.2,"
        + " ** p<0.01 and |r|>=0.15, * p<0.05 and |r|>=0.1");
    out.println();
  }

  static void rq2Csv(PrintWriter out, List<Rq2Row> rows) {
    out.println("task,n,configurations,r,p_value,strength,significance,note,"
        + "chemistry_min,chemistry_max,chemistry_mean,chemistry_std");
    for (Rq2Row r : rows) {
      Rq2Row.Distribution d = r.chemistry();
      out.println(String.join(",", quote(r.task()), String.valueOf(r.group().n()),
          String.valueOf(r.n()), num(r.r()), num(r.p()), r.strength(), r.stars(),
          r.note() == null ? "" : r.note(), num(d.min()), num(d.max()), num(d.mean()),
          num(d.std())));
    }
  }

  /** {@code "rq2" : [ ... ]}, streamed row by row. */
  static void rq2Json(JsonGenerator g, List<Rq2Row> rows) throws IOException {
    g.writeArrayFieldStart("rq2");
    for (Rq2Row r : rows) {
      g.writeStartObject();
      g.writeStringField("task", r.task());
      g.writeNumberField("n", r.group().n());
      g.writeNumberField("configurations", r.n());
      Json.finite(g, "r", r.r());
      Json.finite(g, "p_value", r.p());
      g.writeStringField("strength", r.strength());
      g.writeStringField("significance", r.stars());
      g.writeStringField("note", r.note());
      g.writeObjectFieldStart("chemistry");
      Json.finite(g, "min", r.chemistry().min());
      Json.finite(g, "max", r.chemistry().max());
      Json.finite(g, "mean", r.chemistry().mean());
      Json.finite(g, "std", r.chemistry().std());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  // ---- RQ3 ----

  static void rq3Text(PrintWriter out, List<Rq3Row> rows) {
    out.println("RQ3: task complexity x chemistry (paper Table 3)");
    out.println("  (a) complementarity index, (b) the RQ3 script's effectiveness = share of"
        + " members with accuracy > 0.7; single-member configurations left out");
    String task = null;
    for (Rq3Row r : rows) {
      if (!r.task().equals(task)) {
        task = r.task();
        out.println();
        out.println("Task: " + task + " (complexity: " + r.complexity() + ")");
        out.printf(Locale.ROOT, "  %-7s %-5s %-9s %-5s %-9s %-5s %s%n", "Group", "n", "(a) r",
            "Sig.", "(b) r", "Sig.", "Chemistry importance");
      }
      out.printf(Locale.ROOT, "  %-7s %-5d %-9s %-5s %-9s %-5s %s%n", r.group().rangeLabel(),
          r.n(), f3(r.rComplementarity()), sig(r.pComplementarity()), f3(r.rEffectiveness()),
          sig(r.pEffectiveness()), f3(r.importance()));
    }
    out.println("  Sig.: *** p<0.001, ** p<0.01, * p<0.05, ns otherwise; importance = mean over"
        + " (a), (b) of |r|, halved when p >= 0.05");
    out.println();
  }

  static void rq3Csv(PrintWriter out, List<Rq3Row> rows) {
    out.println("task,complexity,n,configurations,importance,r_complementarity,"
        + "p_complementarity,r_effectiveness,p_effectiveness");
    for (Rq3Row r : rows) {
      out.println(String.join(",", quote(r.task()), quote(r.complexity()),
          String.valueOf(r.group().n()), String.valueOf(r.n()), num(r.importance()),
          num(r.rComplementarity()), num(r.pComplementarity()), num(r.rEffectiveness()),
          num(r.pEffectiveness())));
    }
  }

  /** {@code "rq3" : [ ... ]}, streamed row by row. */
  static void rq3Json(JsonGenerator g, List<Rq3Row> rows) throws IOException {
    g.writeArrayFieldStart("rq3");
    for (Rq3Row r : rows) {
      g.writeStartObject();
      g.writeStringField("task", r.task());
      g.writeStringField("complexity", r.complexity());
      g.writeNumberField("n", r.group().n());
      g.writeNumberField("configurations", r.n());
      Json.finite(g, "importance", r.importance());
      g.writeObjectFieldStart("complementarity");
      Json.finite(g, "r", r.rComplementarity());
      Json.finite(g, "p_value", r.pComplementarity());
      g.writeEndObject();
      g.writeObjectFieldStart("effectiveness");
      Json.finite(g, "r", r.rEffectiveness());
      Json.finite(g, "p_value", r.pEffectiveness());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  // ---- formatting ----

  private static String sig(double p) {
    String s = Rq3Row.stars(p);
    return s.isEmpty() ? "ns" : s;
  }

  /** 3 decimals, or "<0.001". */
  static String pValue(double p) {
    return p < 0.001 ? "<0.001" : f3(p);
  }

  static String f3(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }

  /** Shortest round-trip form; empty for NaN. */
  static String num(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }

  /** RFC 4180 quoting when needed. */
  static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /** A finite number, or null. */
  static void put(ObjectNode o, String key, double v) {
    if (Double.isFinite(v)) {
      o.put(key, v);
    } else {
      o.putNull(key);
    }
  }
}
