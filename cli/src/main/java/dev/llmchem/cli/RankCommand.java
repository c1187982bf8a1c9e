package dev.llmchem.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.llmchem.engine.history.History;
import dev.llmchem.engine.profile.Ranking;
import java.io.IOException;
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
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    History h = input.ingest(spec.commandLine().getErr()).history();
    List<Ranking.Entry> ranking = Ranking.rank(h, by);
    if (json) {
      JsonGenerator g = Json.start(out);
      g.writeStartObject();
      g.writeArrayFieldStart("ranks");
      for (int k : ks) {
        g.writeStartObject();
        g.writeNumberField("k", k);
        Json.strings(g, "models", Ranking.top(ranking, k).stream().map(Ranking.Entry::model)
            .toList());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("by", by.name().toLowerCase(java.util.Locale.ROOT));
      g.writeArrayFieldStart("ranking");
      for (Ranking.Entry e : ranking) {
        g.writeStartObject();
        g.writeStringField("model", e.model());
        g.writeNumberField("max", e.max());
        g.writeNumberField("mean", e.mean());
        g.writeNumberField("rows", e.rows());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      Json.finish(g);
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
