package dev.llmchem.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Diffs two report folders (or two JMH JSON files' folders) measurement by measurement
 * (suite.method + params) and flags changes of the median above a threshold. Time modes
 * only: for every result, lower is better. Usage:
 * {@code Compare OLD-DIR NEW-DIR [--threshold PCT] [--fail-on-regression]}; prints a markdown
 * table; exit 1 with {@code --fail-on-regression} when any measurement got slower than the
 * threshold, 0 otherwise.
 */
public final class Compare {
  private Compare() { }

  /** Entry point. */
  public static void main(String[] args) throws IOException {
    double threshold = 10;
    boolean fail = false;
    Path a = null;
    Path b = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--threshold" -> threshold = Double.parseDouble(args[++i].replace("%", ""));
        case "--fail-on-regression" -> fail = true;
        default -> {
          if (a == null) {
            a = Path.of(args[i]);
          } else {
            b = Path.of(args[i]);
          }
        }
      }
    }
    if (a == null || b == null || !Files.isDirectory(a) || !Files.isDirectory(b)) {
      System.err.println("usage: compare OLD-DIR NEW-DIR [--threshold PCT] [--fail-on-regression]");
      System.exit(1);
    }
    int slower = report(Result.readDir(a), Result.readDir(b), threshold, new StringBuilder(),
        System.out);
    System.exit(fail && slower > 0 ? 1 : 0);
  }

  /** Prints the table; returns how many measurements got slower beyond the threshold. */
  static int report(List<Result> old, List<Result> now, double thresholdPct, StringBuilder sb,
      java.io.PrintStream out) {
    Map<String, Result> before = index(old);
    Map<String, Result> after = index(now);
    sb.append("| measurement | old | new | change | flag |\n|---|---:|---:|---:|---|\n");
    int slower = 0;
    int faster = 0;
    for (Map.Entry<String, Result> e : after.entrySet()) {
      Result o = before.get(e.getKey());
      if (o == null) {
        continue;
      }
      double change = 100 * (e.getValue().seconds() / o.seconds() - 1);
      String flag = "";
      if (change > thresholdPct) {
        flag = "SLOWER";
        slower++;
      } else if (change < -thresholdPct) {
        flag = "faster";
        faster++;
      }
      sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %+.1f%% | %s |%n", e.getKey(),
          Headlines.time(o.seconds()), Headlines.time(e.getValue().seconds()), change, flag));
    }
    long onlyOld = before.keySet().stream().filter(k -> !after.containsKey(k)).count();
    long onlyNew = after.keySet().stream().filter(k -> !before.containsKey(k)).count();
    sb.append(String.format(Locale.ROOT, "%n%d slower and %d faster than %.0f%%; %d only in the"
        + " old run, %d only in the new one.%n", slower, faster, thresholdPct, onlyOld, onlyNew));
    out.print(sb);
    return slower;
  }

  private static Map<String, Result> index(List<Result> rs) {
    Map<String, Result> m = new LinkedHashMap<>();
    for (Result r : rs) {
      if (r.unit().endsWith("/op")) {
        m.put(r.key(), r);
      }
    }
    return m;
  }
}
