package dev.llmchem.cli;

import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.control.LimitException.Alternative;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmchem.engine.Analysis;
import dev.llmchem.engine.TaskAnalysis;
import dev.llmchem.engine.cost.CostTable;
import dev.llmchem.engine.mig.Mig;
import dev.llmchem.engine.mig.MigExport;
import dev.llmchem.engine.mig.UsedMap;
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
  public Integer call() {
    String f = json ? "json" : format.toLowerCase(Locale.ROOT);
    if (!f.equals("text") && !f.equals("json") && !f.equals("dot")) {
      throw new IllegalArgumentException("--format must be text, json or dot, got '" + format + "'");
    }
    PrintWriter out = spec.commandLine().getOut();
    Analysis an = options.analyse(spec.commandLine().getErr());
    ObjectNode root = Json.object();
    ArrayNode tasks = root.putArray("tasks");
    for (TaskAnalysis t : options.tasks(an)) {
      long count = t.migNodeCount().bitLength() > 62 ? Long.MAX_VALUE : t.migNodeCount().longValue();
      if (count > MAX_EXPORT_NODES || t.universeSize() > 63) {
        throw LimitException.size("MIG export nodes", count, MAX_EXPORT_NODES, "task '"
            + t.prototype() + "': the MIG of |S| = " + t.universeSize() + ", |U| = "
            + t.used().size() + " has " + t.migNodeCount() + " nodes; export is limited to "
            + MAX_EXPORT_NODES + " (2^16)", Alternative.HIGHER_THRESHOLD, Alternative.SMALLER_TASK);
      }
      CostTable cost = t.costTable();
      Mig mig = Mig.build(new UsedMap(t.universeSize(), cost.bitToS()), cost.table());
      String[] names = t.models();
      if (f.equals("dot")) {
        out.print(MigExport.toDot(mig, names));
        continue;
      }
      if (f.equals("json")) {
        ObjectNode o = tasks.addObject();
        o.put("task", t.prototype()).put("node_count", mig.nodeCount()).put("edge_count", mig.edgeCount());
        ArrayNode nodes = o.putArray("nodes");
        for (MigExport.Node n : MigExport.nodes(mig, names)) {
          ObjectNode jn = nodes.addObject();
          jn.put("id", n.id()).put("cost", n.cost());
          jn.set("members", Json.strings(n.members()));
          jn.set("used", Json.strings(n.used()));
          ArrayNode ch = jn.putArray("children");
          n.children().forEach(ch::add);
          jn.set("removed", Json.strings(n.removed()));
        }
        continue;
      }
      out.println("Task: " + t.prototype() + " — " + mig.nodeCount() + " nodes, "
          + mig.edgeCount() + " edges (BFS order; * = used)");
      for (MigExport.Node n : MigExport.nodes(mig, names)) {
        StringBuilder sb = new StringBuilder();
        for (String m : n.members()) {
          sb.append(sb.length() == 0 ? "" : ", ").append(m).append(n.used().contains(m) ? "*" : "");
        }
        out.printf(Locale.ROOT, "  n%-6d cost %-24s {%s}%n", n.id(), n.cost(), sb);
      }
    }
    if (f.equals("json")) {
      Json.print(out, root);
    }
    return 0;
  }
}
