package dev.llmchem.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmchem.eval.Table4Row;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** {@code chem eval --question table4}: the paper's Table 4 as text, CSV and JSON. */
final class Table4Tables {
  private Table4Tables() { }

  static void text(PrintWriter out, List<Table4Row> rows) {
    out.println("Table 4: best observed ensembles, CHEMISTRY vs PERFORMANCE (paper appendix A.3)");
    out.println("  the configuration of highest soft-voting effectiveness per strategy and N"
        + " (Table 1's configurations and groups; ties: the first in the file)");
    String task = null;
    for (Table4Row r : rows) {
      if (!r.task().equals(task)) {
        task = r.task();
        out.println();
        out.println("Task: " + task);
      }
      out.printf(Locale.ROOT, "  N = %d%n", r.group().n());
      line(out, "Chemistry", r.chemistry());
      line(out, "Performance", r.performance());
    }
    out.println();
  }

  private static void line(PrintWriter out, String label, Table4Row.Best b) {
    if (b == null) {
      out.printf(Locale.ROOT, "    %-12s (no configuration)%n", label);
      return;
    }
    out.printf(Locale.ROOT, "    %-12s %.3f  %s  [%s; %d of %d configurations reach it]%n",
        label, b.effectiveness(), String.join(" ", b.models()), b.trial(), b.tied(),
        b.configurations());
  }

  static void csv(PrintWriter out, List<Table4Row> rows) {
    out.println("task,n,strategy,models,effectiveness,trial,tied,configurations");
    for (Table4Row r : rows) {
      csvLine(out, r, "CHEMISTRY", r.chemistry());
      csvLine(out, r, "PERFORMANCE", r.performance());
    }
  }

  private static void csvLine(PrintWriter out, Table4Row r, String s, Table4Row.Best b) {
    if (b == null) {
      out.println(String.join(",", EvalTables.quote(r.task()), String.valueOf(r.group().n()), s,
          "", "", "", "0", "0"));
      return;
    }
    out.println(String.join(",", EvalTables.quote(r.task()), String.valueOf(r.group().n()), s,
        EvalTables.quote(String.join(" ", b.models())), EvalTables.num(b.effectiveness()),
        EvalTables.quote(b.trial()), String.valueOf(b.tied()),
        String.valueOf(b.configurations())));
  }

  /** {@code "table4": [ ... ]}. */
  static void json(JsonGenerator g, List<Table4Row> rows) throws IOException {
    g.writeArrayFieldStart("table4");
    for (Table4Row r : rows) {
      g.writeStartObject();
      g.writeStringField("task", r.task());
      g.writeNumberField("n", r.group().n());
      best(g, "chemistry", r.chemistry());
      best(g, "performance", r.performance());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void best(JsonGenerator g, String field, Table4Row.Best b) throws IOException {
    if (b == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    Json.strings(g, "models", b.models());
    g.writeNumberField("effectiveness", b.effectiveness());
    g.writeStringField("trial", b.trial());
    g.writeNumberField("tied", b.tied());
    g.writeNumberField("configurations", b.configurations());
    g.writeEndObject();
  }
}
