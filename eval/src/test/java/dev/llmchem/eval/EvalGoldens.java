package dev.llmchem.eval;

import dev.llmchem.engine.testutil.Reference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the reference's printed evaluation (goldens/eval/*.txt). Its scripts loop over
 * runs.csv, runs2.csv and runs3.csv (RQ2, RQ3) or runs.csv, runs3.csv, runs2.csv (RQ1,
 * labelled Task 1, Task 2, Task 3); runs3.csv (summarisation) is not in fixtures/reference.
 */
final class EvalGoldens {
  private EvalGoldens() { }

  /** A printed Table 1 row. */
  record Rq1(int n, double chemistry, double best, double improvement, String baseline) { }

  /** A printed RQ2 row (r and p null when the script printed none). */
  record Rq2(String group, Double r, String strength, Double p, String significant, int n) { }

  /** A printed RQ2 diagnostics line. */
  record Diag(double min, double max, double mean, double std) { }

  /** A printed RQ3 row. */
  record Rq3(String complexity, String group, double importance, double rA, double rB, int n,
      String sigA, String sigB) { }

  static String text(String name) {
    try {
      return Files.readString(Reference.file("goldens/eval/" + name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Blocks of {@code text} starting at each occurrence of {@code marker}. */
  static List<String> blocks(String text, String marker) {
    List<String> out = new ArrayList<>();
    int at = text.indexOf(marker);
    while (at >= 0) {
      int next = text.indexOf(marker, at + marker.length());
      out.add(text.substring(at, next < 0 ? text.length() : next));
      at = next;
    }
    return out;
  }

  /** Table 1 of the block printed for "(Task k)". */
  static List<Rq1> rq1(int task) {
    String b = blocks(text("rq1.txt"), "RQ1 Evaluation Starting for").stream()
        .filter(s -> s.contains("(Task " + task + ")")).findFirst().orElseThrow();
    List<String> bases = new ArrayList<>();
    Matcher mb = Pattern.compile("- Best Baseline for Group (\\d+): (\\S+)").matcher(b);
    while (mb.find()) {
      bases.add(mb.group(2));
    }
    List<Rq1> out = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^(\\d+)\\s+Ensemble Effectiveness\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)").matcher(b);
    while (m.find()) {
      out.add(new Rq1(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)),
          Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)), bases.get(out.size())));
    }
    return out;
  }

  /** The RQ2 block of file {@code index} (0 runs.csv, 1 runs2.csv). */
  static String rq2Block(int index) {
    return blocks(text("rq2.txt"), "=== RQ2:").get(index);
  }

  static List<Rq2> rq2(int index) {
    String b = rq2Block(index);
    List<Rq2> out = new ArrayList<>();
    Pattern row = Pattern.compile("^(N\u22643|3<N\u22645|N>5)\\s+Ensemble Complementarity\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)");
    Pattern n = Pattern.compile("^\\(n=(\\d+)\\)");
    String[] groups = {"N\u22643", "3<N\u22645", "N>5"};
    Rq2 pending = null;
    for (String line : b.split("\n")) {
      Matcher m = row.matcher(line);
      Matcher mn = n.matcher(line);
      if (m.find()) {
        pending = new Rq2(m.group(1), Double.parseDouble(m.group(2)), m.group(3),
            Double.parseDouble(m.group(4)), m.group(5), 0);
      } else if (mn.find()) {
        int count = Integer.parseInt(mn.group(1));
        String g = groups[out.size()];
        out.add(pending == null ? new Rq2(g, null, null, null, null, count)
            : new Rq2(pending.group(), pending.r(), pending.strength(), pending.p(),
                pending.significant(), count));
        pending = null;
      }
    }
    return out;
  }

  static List<Diag> rq2Diagnostics(int index) {
    Matcher m = Pattern.compile("(?m)^\\d N=\\d+: Range=\\[(\\S+), (\\S+)\\], Mean=(\\S+), Std=(\\S+)$")
        .matcher(rq2Block(index));
    List<Diag> out = new ArrayList<>();
    while (m.find()) {
      out.add(new Diag(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
          Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))));
    }
    return out;
  }

  static List<Rq3> rq3(int index) {
    String b = blocks(text("rq3.txt"), "=== RQ3:").get(index);
    Matcher m = Pattern.compile("(?m)^(Low|High|Medium)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\d+)\\s+(\\S+)\\s+(\\S+)")
        .matcher(b);
    List<Rq3> out = new ArrayList<>();
    while (m.find()) {
      out.add(new Rq3(m.group(1), m.group(2), Double.parseDouble(m.group(3)),
          Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)),
          Integer.parseInt(m.group(6)), m.group(7), m.group(8)));
    }
    return out;
  }

  /** "Group 3 stats" lines of a maps log: {min, max, mean, median} per strategy, in order. */
  static List<double[]> mapGroupStats(String file) {
    Matcher m = Pattern.compile("Group 3 stats: min=(\\d+), max=(\\d+), mean=(\\S+), median=(\\S+)")
        .matcher(text("cheme_maps_" + file + ".txt"));
    List<double[]> out = new ArrayList<>();
    while (m.find()) {
      out.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
          Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))});
    }
    return out;
  }

  /** The configurations of more than 10 rows the maps log prints: "strategy|trial|rows" each. */
  static List<String> mapLongConfigurations(String file) {
    List<String> out = new ArrayList<>();
    for (String line : text("cheme_maps_" + file + ".txt").split("\n")) {
      if (line.startsWith("[{'trial': '")) {
        String trial = line.substring(12, line.indexOf('\'', 12));
        int s = line.indexOf("'strategy': '") + 13;
        String strategy = line.substring(s, line.indexOf('\'', s));
        out.add(strategy + "|" + trial + "|" + (line.split("\\{'trial'", -1).length - 1));
      }
    }
    return out;
  }
}
