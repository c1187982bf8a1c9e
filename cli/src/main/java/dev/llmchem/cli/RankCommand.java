package dev.llmchem.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llmchem.engine.history.History;
import dev.llmchem.engine.profile.Ranking;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chem rank}: top-K models by accuracy over every row (SPEC section 10). */
@Command(name = "rank", mixinStandardHelpOptions = true,
    description = {"Top-K models by accuracy over all rows of the history (every strategy,"
        + " CHEMISTRY included): each model's best accuracy (or mean with --by mean),"
        + " descending.",
        "Ties (several models often reach 1.0) break by the other statistic, then by name."},
    footer = {"", "Example: chem rank --data runs.csv --k 3,5 --json"})
final class RankCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  InputOptions input;

  @Option(names = "--k", split = ",", paramLabel = "K", defaultValue = "3,5,10",
      converter = Counts.Positive.class,
      description = "Cut-offs, comma-separated (default ${DEFAULT-VALUE}).")
  List<Integer> ks;

  @Option(names = "--by", defaultValue = "max", paramLabel = "STAT",
      description = "max (default) or mean accuracy.")
  Ranking.By by;

  @Option(names = "--json", description = "Machine-readable output on stdout.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    History h = input.ingest(spec.commandLine().getErr()).history();
    List<Ranking.Entry> ranking = Ranking.rank(h, by);
    if (json) {
      ObjectNode root = Json.object();
      ArrayNode ranks = root.putArray("ranks");
      for (int k : ks) {
        ObjectNode r = ranks.addObject();
        r.put("k", k);
        r.set("models", Json.strings(Ranking.top(ranking, k).stream().map(Ranking.Entry::model).toList()));
      }
      root.put("by", by.name().toLowerCase(java.util.Locale.ROOT));
      ArrayNode all = root.putArray("ranking");
      for (Ranking.Entry e : ranking) {
        all.addObject().put("model", e.model()).put("max", e.max()).put("mean", e.mean()).put("rows", e.rows());
      }
      Json.print(out, root);
      return 0;
    }
    out.println("Models of " + input.data + " by " + by.name().toLowerCase(java.util.Locale.ROOT)
        + " accuracy (ties: " + (by == Ranking.By.MAX ? "mean" : "max") + " accuracy, then name):");
    for (int k : ks) {
      out.println("Top-" + k + ":");
      List<Ranking.Entry> top = Ranking.top(ranking, k);
      for (int i = 0; i < top.size(); i++) {
        Ranking.Entry e = top.get(i);
        out.printf(java.util.Locale.ROOT, "  %2d. %-32s max %-22s mean %.6f  (%d rows)%n",
            i + 1, e.model(), e.max(), e.mean(), e.rows());
      }
    }
    return 0;
  }
}
