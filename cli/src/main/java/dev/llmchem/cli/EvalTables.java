package dev.llmchem.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmchem.eval.Rq1Row;
import dev.llmchem.eval.Rq2Row;
import dev.llmchem.eval.Rq3Row;
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

  static ArrayNode rq1Json(List<Rq1Row> rows) {
    ArrayNode a = Json.MAPPER.createArrayNode();
    for (Rq1Row r : rows) {
      ObjectNode o = a.addObject();
      o.put("task", r.task()).put("n", r.group().n());
      put(o, "chemistry", r.chemistry());
      put(o, "best_baseline", r.bestBaseline());
      if (r.baseline() == null) {
        o.putNull("baseline");
      } else {
        o.put("baseline", r.baseline().name());
      }
      put(o, "improvement_pct", r.improvementPct());
      put(o, "p_value", r.pValue());
      ObjectNode s = o.putObject("strategies");
      r.strategies().forEach((k, v) -> {
        ObjectNode e = s.putObject(k.name()).put("configurations", v.configurations());
        put(e, "mean", v.mean());
      });
    }
    return a;
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

  static ArrayNode rq2Json(List<Rq2Row> rows) {
    ArrayNode a = Json.MAPPER.createArrayNode();
    for (Rq2Row r : rows) {
      ObjectNode o = a.addObject();
      o.put("task", r.task()).put("n", r.group().n()).put("configurations", r.n());
      put(o, "r", r.r());
      put(o, "p_value", r.p());
      o.put("strength", r.strength()).put("significance", r.stars());
      if (r.note() == null) {
        o.putNull("note");
      } else {
        o.put("note", r.note());
      }
      ObjectNode c = o.putObject("chemistry");
      put(c, "min", r.chemistry().min());
      put(c, "max", r.chemistry().max());
      put(c, "mean", r.chemistry().mean());
      put(c, "std", r.chemistry().std());
    }
    return a;
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

  static ArrayNode rq3Json(List<Rq3Row> rows) {
    ArrayNode a = Json.MAPPER.createArrayNode();
    for (Rq3Row r : rows) {
      ObjectNode o = a.addObject();
      o.put("task", r.task()).put("complexity", r.complexity()).put("n", r.group().n())
          .put("configurations", r.n());
      put(o, "importance", r.importance());
      ObjectNode c = o.putObject("complementarity");
      put(c, "r", r.rComplementarity());
      put(c, "p_value", r.pComplementarity());
      ObjectNode e = o.putObject("effectiveness");
      put(e, "r", r.rEffectiveness());
      put(e, "p_value", r.pEffectiveness());
    }
    return a;
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
