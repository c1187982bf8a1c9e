package dev.llmchem.cli;

import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.control.LimitException.Alternative;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.cost.CostTable;
import dev.llmchem.engine.mig.Mig;
import dev.llmchem.engine.mig.MigExport;
import dev.llmchem.engine.mig.UsedMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chem mig}: the Model Interaction Graph of a task, as text, JSON or Graphviz DOT. */
@Command(name = "mig", mixinStandardHelpOptions = true,
    description = {"The Model Interaction Graph (SPEC section 5): built breadth-first from S; a"
        + " node's children remove one used member (or, when nothing is used, any member), so it"
        + " has 2^|U| + 2^|S\\U| - 1 nodes. Each node shows its members, used members and cost."},
    footer = {"", "Examples:", "  chem mig --data h.csv --format dot | dot -Tsvg > mig.svg",
        "  chem mig --data h.csv --format json"})
final class MigCommand implements Callable<Integer> {
  /** Largest node count exported as JSON or text. */
  static final int MAX_EXPORT_NODES = 1 << 16;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  TaskOptions options;

  @Option(names = "--format", defaultValue = "text", paramLabel = "F",
      description = "text (default), json, dot (Graphviz; up to " + MigExport.MAX_DOT_NODES + " nodes).")
  String format;

  @Option(names = "--json", description = "Same as --format json.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    String f = json ? "json" : format.toLowerCase(Locale.ROOT);
    if (!f.equals("text") && !f.equals("json") && !f.equals("dot")) {
      throw new IllegalArgumentException("--format must be text, json or dot, got '" + format + "'");
    }
    PrintWriter out = spec.commandLine().getOut();
    Analysis an = options.analyse(spec.commandLine().getErr());
    JsonGenerator g = f.equals("json") ? Json.start(out) : null;
    if (g != null) {
      g.writeStartObject();
      g.writeArrayFieldStart("tasks");
    }
    for (TaskAnalysis t : options.tasks(an)) {
      long count = t.migNodeCount().bitLength() > 62 ? Long.MAX_VALUE : t.migNodeCount().longValue();
      if (count > MAX_EXPORT_NODES || t.universeSize() > 63) {
        throw LimitException.size("MIG export nodes", count, MAX_EXPORT_NODES, "task '"
            + t.prototype() + "': the MIG of |S| = " + t.universeSize() + ", |U| = "
            + t.used().size() + " has " + t.migNodeCount() + " nodes; export is limited to "
            + MAX_EXPORT_NODES + " (2^16)", Alternative.HIGHER_THRESHOLD, Alternative.SMALLER_TASK);
      }
      // not t.costTable(): that one stays cached with the task, one table per task of the run
      CostTable cost = CostTable.eq1(t.used().members(), t.used().penalties(), t.universeSize());
      Mig mig = Mig.build(new UsedMap(t.universeSize(), cost.bitToS()), cost.table());
      String[] names = t.models();
      if (f.equals("dot")) {
        out.print(MigExport.toDot(mig, names));
        continue;
      }
      if (f.equals("json")) {
        g.writeStartObject();
        g.writeStringField("task", t.prototype());
        g.writeNumberField("node_count", mig.nodeCount());
        g.writeNumberField("edge_count", mig.edgeCount());
        g.writeArrayFieldStart("nodes");
        for (int i = 0; i < mig.nodeCount(); i++) {
          MigExport.Node n = MigExport.node(mig, names, i);
          g.writeStartObject();
          g.writeNumberField("id", n.id());
          g.writeNumberField("cost", n.cost());
          Json.strings(g, "members", n.members());
          Json.strings(g, "used", n.used());
          g.writeArrayFieldStart("children");
          for (int c : n.children()) {
            g.writeNumber(c);
          }
          g.writeEndArray();
          Json.strings(g, "removed", n.removed());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        continue;
      }
      out.println("Task: " + t.prototype() + " — " + mig.nodeCount() + " nodes, "
          + mig.edgeCount() + " edges (BFS order; * = used)");
      for (int i = 0; i < mig.nodeCount(); i++) {
        MigExport.Node n = MigExport.node(mig, names, i);
        StringBuilder sb = new StringBuilder();
        for (String m : n.members()) {
          sb.append(sb.length() == 0 ? "" : ", ").append(m).append(n.used().contains(m) ? "*" : "");
        }
        out.printf(Locale.ROOT, "  n%-6d cost %-24s {%s}%n", n.id(), n.cost(), sb);
      }
    }
    if (g != null) {
      g.writeEndArray();
      g.writeEndObject();
      Json.finish(g);
    }
    return 0;
  }
}
