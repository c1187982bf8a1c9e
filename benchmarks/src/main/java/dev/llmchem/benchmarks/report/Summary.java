package dev.llmchem.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes {@code SUMMARY.md} and the PNG plots of a report folder from its JMH JSON files, the
 * machine sidecar ({@code machine.txt}) and the limits report ({@code limits.md}) when
 * present. Usage: {@code java -cp benchmarks.jar dev.llmchem.benchmarks.report.Summary DIR}.
 */
public final class Summary {
  private Summary() { }

  /** Entry point. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Summary REPORT-DIR");
      System.exit(1);
    }
    Path dir = Path.of(args[0]);
    Files.writeString(dir.resolve("SUMMARY.md"), render(dir), StandardCharsets.UTF_8);
    System.err.println("wrote " + dir.resolve("SUMMARY.md"));
  }

  /** The markdown of {@code dir} (also writes the plots into it). */
  static String render(Path dir) throws IOException {
    List<Result> results = Result.readDir(dir);
    StringBuilder md = new StringBuilder("# Performance report: " + dir.getFileName() + "\n\n");
    Path machine = dir.resolve("machine.txt");
    if (Files.isRegularFile(machine)) {
      md.append("```\n").append(Files.readString(machine).strip()).append("\n```\n\n");
    }
    md.append("Medians of the measured iterations (single shots: the one measurement); the "
        + "machine is shared, so compare variants within this run.\n\n## Headline figures\n\n");
    List<String> head = Headlines.of(results);
    md.append(head.isEmpty() ? "(none of the headline suites ran)\n" : String.join("\n", head))
        .append("\n\n## Plots\n\n");
    for (Plots.Spec spec : specs(results)) {
      Map<String, String> legend = spec.logY() && !spec.logX()
          ? Plots.growthSuffixes(Plots.series(results, spec), 16) : Map.of();
      if (Plots.draw(results, spec, dir, legend)) {
        md.append("![").append(spec.title()).append("](").append(spec.file()).append(")\n\n");
        legend.forEach((k, v) -> md.append("- ").append(k).append(":").append(v
            .replace("(", "").replace(")", "")).append(", fitted on |U| >= 16\n"));
        md.append('\n');
      }
    }
    Path limits = dir.resolve("limits.md");
    if (Files.isRegularFile(limits)) {
      md.append(Files.readString(limits).strip().replaceAll("(?m)^#", "##")).append("\n\n");
    }
    md.append("## All results\n");
    tables(results, md);
    return md.toString();
  }

  static List<Plots.Spec> specs(List<Result> results) {
    List<Plots.Spec> out = new ArrayList<>();
    out.add(new Plots.Spec("cheme-scaling.png", "Exhaustive CHEME: seconds per call vs |U|",
        "u", "|U| (used models)", "seconds (log)", false, true,
        r -> r.suite().equals("ChemeDenseBenchmark"), Result::seconds));
    out.add(new Plots.Spec("cheme-reference.png",
        "Reference-style baseline vs dense kernel: seconds vs |S|", "s", "|S| (all used)",
        "seconds (log)", false, true,
        r -> r.suite().equals("ChemeReferenceBenchmark"), Result::seconds));
    out.add(new Plots.Spec("cheme-eq1.png", "Exact Eq. 1 CHEME vs dense: seconds vs |U|", "n",
        "|U|", "seconds (log)", true, true, r -> r.suite().equals("ChemeEq1Benchmark"),
        Result::seconds));
    out.add(new Plots.Spec("ingest-throughput.png", "Ingest throughput vs history rows", "data",
        "rows in the history (log)", "rows per second", true, false,
        r -> r.suite().equals("IngestBenchmark") && r.intParam("data", -1) > 0,
        r -> r.intParam("data", 0) / r.seconds()));
    out.add(new Plots.Spec("profile-throughput.png", "Profiles from a loaded history: rows/s",
        "rows", "rows in the history (log)", "rows per second", true, false,
        r -> r.suite().equals("ProfileBuildBenchmark"),
        r -> r.intParam("rows", 0) / r.seconds()));
    out.add(new Plots.Spec("threads-speedup.png", "Dense CHEME speed-up vs worker threads",
        "threads", "worker threads", "speed-up over sequential", false, false,
        r -> r.is("ChemeThreadsBenchmark", "denseParallel") && r.intParam("threads", 0) > 0
            && sequential(results, r).isPresent(),
        r -> sequential(results, r).orElseThrow().seconds() / r.seconds()));
    out.add(new Plots.Spec("cluster-growth.png", "Task clustering: seconds vs distinct prompts",
        "prompts", "distinct prompts (log)", "seconds (log)", true, true,
        r -> r.is("TaskClusterBenchmark", "prompts"), Result::seconds));
    out.add(new Plots.Spec("cluster-vs-scan.png", "Indexed clustering vs the scan: seconds",
        "tasks", "distinct task strings (log)", "seconds (log)", true, true,
        r -> r.suite().equals("TaskClusterBenchmark") && !r.method().equals("prompts"),
        Result::seconds));
    out.add(new Plots.Spec("many-tasks-growth.png", "Many tasks end to end: seconds vs tasks",
        "tasks", "tasks (log)", "seconds (log)", true, true,
        r -> r.suite().equals("ManyTaskPipelineBenchmark"), Result::seconds));
    return out;
  }

  private static Optional<Result> sequential(List<Result> results, Result par) {
    return results.stream().filter(x -> x.is("ChemeThreadsBenchmark", "denseSequential", "u",
        par.params().get("u"))).findFirst();
  }

  private static void tables(List<Result> results, StringBuilder md) {
    Map<String, List<Result>> bySuite = new TreeMap<>();
    for (Result r : results) {
      bySuite.computeIfAbsent(r.suite() + " (" + r.file() + ")", k -> new ArrayList<>()).add(r);
    }
    bySuite.forEach((suite, rs) -> {
      md.append("\n### ").append(suite).append("\n\nJVM: ").append(rs.get(0).jvm())
          .append(", args `").append(rs.get(0).jvmArgs()).append("`\n\n")
          .append("| method | params | median | min | unit | n | p99 |\n")
          .append("|---|---|---:|---:|---|---:|---:|\n");
      for (Result r : rs) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %.4g | %.4g | %s | %d | %s |%n",
            r.method(), r.params().isEmpty() ? "" : r.params().toString(), r.median(), r.min(),
            r.unit(), r.iterations(), Double.isNaN(r.p99()) ? "" : String.format(Locale.ROOT,
                "%.4g", r.p99())));
      }
    });
  }
}
