package dev.llmchem.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmchem.eval.ChemistryMap;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.io.OutputTarget;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** A map's numbers: the summary (JSON and one text block) and the grid as CSV. */
final class MapValues {
  private MapValues() { }

  /** Min, max and the argmax of the drawn field. */
  static void summary(ObjectNode o, ChemistryMap m, double[] z) {
    int best = 0;
    int worst = 0;
    for (int k = 1; k < z.length; k++) {
      best = z[k] > z[best] ? k : best;
      worst = z[k] < z[worst] ? k : worst;
    }
    double[] xs = m.xs();
    double[] ys = m.ys();
    o.put("gain_min", z[worst]).put("gain_max", z[best]);
    o.putArray("gain_max_at").add(xs[best % m.grid()]).add(ys[best / m.grid()]);
  }

  /** The text form of one map's JSON summary. */
  static void text(PrintWriter out, JsonNode o) {
    JsonNode rows = o.get("group_rows");
    out.printf(Locale.ROOT, "N=%d %s %s: %d configurations", o.get("n").asInt(),
        o.get("strategy").asText(), o.get("pick").asText(), rows.get("configurations").asInt());
    if (o.get("trial").isNull()) {
      out.println("; no map");
      return;
    }
    out.printf(Locale.ROOT, " (rows min %d, max %d, mean %.2f, median %s)%n",
        rows.get("min").asInt(), rows.get("max").asInt(), rows.get("mean").asDouble(),
        rows.get("median").asText());
    StringBuilder ms = new StringBuilder();
    for (JsonNode m : o.get("members")) {
      ms.append(ms.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s (a %.3f, q %.3f)",
          m.get("model").asText(), m.get("accuracy").asDouble(), m.get("quality").asDouble()));
    }
    out.printf(Locale.ROOT, "  trial '%s': %s%n", o.get("trial").asText(), ms);
    out.printf(Locale.ROOT, "  CI %.3f (HV %.3f, Rao %.3f); gain in [%s, %s], largest at"
        + " (%.3f, %.3f)%n", o.get("ci0").asDouble(), o.get("hv0").asDouble(),
        o.get("rao0").asDouble(), MapPainter.number(o.get("gain_min").asDouble()),
        MapPainter.number(o.get("gain_max").asDouble()), o.get("gain_max_at").get(0).asDouble(),
        o.get("gain_max_at").get(1).asDouble());
    out.println("  -> " + o.get("png").asText() + (o.has("csv") ? " and " + o.get("csv").asText() : ""));
  }

  /** The grid as CSV: accuracy, quality, dCI, dHV, dRao per point (full precision). */
  static void write(ChemistryMap m, Path file, ProgressListener stop) {
    double[] xs = m.xs();
    double[] ys = m.ys();
    try (OutputTarget t = OutputTarget.file(file, "--values")) {
      Writer w = t.writer(StandardCharsets.UTF_8);
      try {
        w.write("accuracy,quality,d_ci,d_hv,d_rao\n");
        for (int i = 0; i < m.grid(); i++) {
          for (int j = 0; j < m.grid(); j++) {
            int k = i * m.grid() + j;
            w.write(xs[j] + "," + ys[i] + "," + m.dCi(k) + "," + m.dHv(k) + "," + m.dRao(k) + "\n");
          }
        }
      } catch (IOException e) {
        throw t.fail(e);
      }
      t.commit(stop);
    }
  }
}
