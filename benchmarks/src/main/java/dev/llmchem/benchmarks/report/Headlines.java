package dev.llmchem.benchmarks.report;

import dev.llmchem.engine.cheme.DenseCheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The figures a closing note quotes, computed from a run's results when the run has them:
 * speed-up over the reference-style baseline, parallel over sequential, ingest rows/s,
 * recommend p99, the real-file load against the reference's pandas time, CHEME at |U| = 26.
 * Each line names the results it divides, so it can be checked against the tables.
 */
final class Headlines {
  /** The reference loader's time on runs2.csv including clustering (issue 3). */
  static final double PANDAS_RUNS2_SECONDS = 0.051;

  private final List<Result> results;
  private final List<String> lines = new ArrayList<>();

  private Headlines(List<Result> results) {
    this.results = results;
  }

  /** Markdown bullet lines, possibly none. */
  static List<String> of(List<Result> results) {
    Headlines h = new Headlines(results);
    h.referenceRatios();
    h.threadRatios();
    h.ingest();
    h.recommend();
    h.cheme26();
    return h.lines;
  }

  private Optional<Result> find(String suite, String method, String... nameValue) {
    return results.stream().filter(r -> r.is(suite, method, nameValue)).findFirst();
  }

  private void referenceRatios() {
    for (String s : List.of("12", "16", "20")) {
      var ref = find("ChemeReferenceBenchmark", "referenceStyle", "s", s, "unused", "0");
      var ours = find("ChemeReferenceBenchmark", "denseParallel", "s", s, "unused", "0");
      if (ref.isPresent() && ours.isPresent()) {
        add("CHEME |S| = %s (all used): reference-style baseline %s, dense parallel %s: **%sx**",
            s, time(ref.get().seconds()), time(ours.get().seconds()),
            ratio(ref.get().seconds() / ours.get().seconds()));
      }
    }
  }

  private void threadRatios() {
    for (String u : List.of("20", "24", "26")) {
      var seq = find("ChemeThreadsBenchmark", "denseSequential", "u", u);
      for (Result par : results) {
        if (seq.isPresent() && par.is("ChemeThreadsBenchmark", "denseParallel", "u", u)) {
          add("Dense CHEME |U| = %s: sequential %s, parallel (threads=%s) %s: **%sx**", u,
              time(seq.get().seconds()), threads(par), time(par.seconds()),
              ratio(seq.get().seconds() / par.seconds()));
        }
      }
    }
  }

  private static String threads(Result r) {
    String t = r.params().getOrDefault("threads", "0");
    return t.equals("0") ? Runtime.getRuntime().availableProcessors() + " (all cores)" : t;
  }

  private void ingest() {
    for (Result r : results) {
      if (!r.is("IngestBenchmark", "bytes")) {
        continue;
      }
      int rows = r.intParam("data", -1);
      if (rows >= 1_000_000) {
        add("Ingest %,d rows: %s, **%s rows/s**", rows, time(r.seconds()),
            String.format(Locale.ROOT, "%,.0f", rows / r.seconds()));
      }
    }
    find("IngestBenchmark", "readAndAnalyse", "data", "runs2").ifPresent(r ->
        add("runs2.csv read + clustering + profiles: %s = **%sx** the reference's %.3f s",
            time(r.seconds()), ratio(PANDAS_RUNS2_SECONDS / r.seconds()), PANDAS_RUNS2_SECONDS));
  }

  private void recommend() {
    find("RecommendBenchmark", "reference", "n", "20").ifPresent(r ->
        add("RECOMMEND (reference local search) |S| = 20: median %s, **p99 %s**",
            time(r.seconds()), time(r.p99Seconds())));
  }

  private void cheme26() {
    find("ChemeDenseBenchmark", "denseParallel", "u", "26").ifPresent(r ->
        add("Dense parallel CHEME |U| = 26 (5.5e9 terms): **%s**, %s terms/s", time(r.seconds()),
            String.format(Locale.ROOT, "%.2e", DenseCheme.terms(26) / r.seconds())));
  }

  private void add(String fmt, Object... args) {
    lines.add("- " + String.format(Locale.ROOT, fmt, args));
  }

  /** A time with a sensible unit. */
  static String time(double s) {
    if (Double.isNaN(s)) {
      return "n/a";
    }
    if (s >= 1) {
      return String.format(Locale.ROOT, "%.3g s", s);
    }
    if (s >= 1e-3) {
      return String.format(Locale.ROOT, "%.3g ms", s * 1e3);
    }
    return String.format(Locale.ROOT, "%.3g µs", s * 1e6);
  }

  /** A ratio with three significant digits and thousands separators. */
  static String ratio(double r) {
    return r >= 1000 ? String.format(Locale.ROOT, "%,.0f", r)
        : String.format(Locale.ROOT, "%.3g", r);
  }
}
