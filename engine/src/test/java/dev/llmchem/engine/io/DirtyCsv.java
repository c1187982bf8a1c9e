package dev.llmchem.engine.io;

import dev.llmchem.engine.io.IngestReport.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Random CSV histories mixing valid rows with every dirty kind, each planted problem recorded
 * with its expected starting line and severity (null severity = blank line). Random quoting,
 * line ends (LF, CRLF, CR) and multi-line quoted results; optionally a BOM, blank lines before
 * the header and an unterminated quote in the last record. {@link #mutate} then breaks a
 * document at the character level, after which only invariants can be checked.
 */
final class DirtyCsv {
  private DirtyCsv() { }

  /** A planted problem: line, severity (null = blank line). */
  record Planted(long line, Severity severity) { }

  /** A document: text, its planted problems in order, the line of an unterminated quote (0 = none). */
  record Doc(String text, List<Planted> planted, long unterminatedLine, List<String> qualities) { }

  private static final String[] OPTIONAL = {"strategy", "created", "result", "variance", "id",
      "latency", "gen_accuracy", "elapsed"};
  private static final String[] DECIMALS = {"5", "5.0", " 5 ", "5e0", "+5", ".5", "5.", "0",
      "10", "-0", "1e-3", "7.25E+0", "\t3.3333333333333335 "};

  static Doc generate(Random rnd) {
    List<String> cols = new ArrayList<>(List.of("trial", "model", "task", "quality", "accuracy"));
    for (String o : OPTIONAL) {
      if (rnd.nextBoolean()) {
        cols.add(o);
      }
    }
    Collections.shuffle(cols, rnd);
    StringBuilder text = new StringBuilder(rnd.nextInt(8) == 0 ? "\uFEFF" : "");
    List<Planted> planted = new ArrayList<>();
    List<String> qualities = new ArrayList<>();
    int leading = rnd.nextInt(6) == 0 ? 1 + rnd.nextInt(2) : 0;
    for (int i = 0; i < leading; i++) {
      planted.add(new Planted(line(text), null));
      text.append(i % 2 == 0 ? "" : "  ").append(end(rnd, text, true));
    }
    text.append(String.join(",", cols)).append(end(rnd, text, false));
    int rows = rnd.nextInt(25);
    for (int r = 0; r < rows; r++) {
      long at = line(text);
      int kind = rnd.nextInt(20);
      if (kind == 0) {
        planted.add(new Planted(at, null));
        text.append(rnd.nextBoolean() ? "" : " \t").append(end(rnd, text, true));
        continue;
      }
      List<String> cells = new ArrayList<>();
      String q = DECIMALS[rnd.nextInt(DECIMALS.length)];
      if (rnd.nextBoolean()) {
        q = Double.toString(rnd.nextInt(100_001) / 10_000.0) + (rnd.nextBoolean() ? "" : "00000000000000001");
      }
      Severity sev = null;
      for (String c : cols) {
        cells.add(valid(c, r, q, rnd));
      }
      int qi = cols.indexOf("quality");
      int si = cols.indexOf("strategy");
      int ci = cols.indexOf("created");
      int vi = cols.indexOf("variance");
      switch (kind) {
        case 1 -> { cells.set(qi, pick(rnd, "NaN", "nan", "12.5", "-0.5", "Infinity", "1e400", "0x1p-1", "5f", "", " ", "high")); sev = Severity.REJECTED; }
        case 2 -> { cells.set(cols.indexOf("accuracy"), pick(rnd, "1.5", "-0.25", "-Inf", "0.5d", "", "0,5")); sev = Severity.REJECTED; }
        case 3 -> { cells.set(cols.indexOf(pick(rnd, "trial", "model", "task")), ""); sev = Severity.REJECTED; }
        case 4 -> { cells.remove(cells.size() - 1); sev = Severity.REJECTED; }
        case 5 -> { cells.add("extra"); sev = Severity.REJECTED; }
        case 6 -> { Collections.fill(cells, ""); sev = Severity.REJECTED; }
        case 7 -> { if (si >= 0) { cells.set(si, pick(rnd, "GREEDY", "random", "Chemistry")); sev = Severity.WARNING; } }
        case 8 -> { if (si >= 0 && ci >= 0) { cells.set(si, "2025-07-11 12:12:55"); cells.set(ci, ""); sev = Severity.WARNING; } }
        case 9 -> { if (vi >= 0) { cells.set(vi, pick(rnd, "n/a", "0x10", "1_0")); sev = Severity.WARNING; } }
        case 10 -> { if (si >= 0) { cells.set(si, ""); sev = Severity.WARNING; } }
        default -> { }
      }
      if (sev != Severity.REJECTED) {
        qualities.add(q);
      }
      if (sev != null) {
        planted.add(new Planted(at, sev));
      }
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          text.append(',');
        }
        text.append(quote(cells.get(i), rnd));
      }
      text.append(r == rows - 1 && rnd.nextInt(4) == 0 ? "" : end(rnd, text, false));
    }
    long unterminated = 0;
    if (rnd.nextInt(12) == 0) {
      if (text.length() > 0 && !endsWithBreak(text)) {
        text.append('\n');
      }
      unterminated = line(text);
      text.append("T,\"never closed,").append(rnd.nextBoolean() ? "\n1,2\n" : "");
    }
    return new Doc(text.toString(), planted, unterminated, qualities);
  }

  private static String valid(String col, int r, String q, Random rnd) {
    return switch (col) {
      case "trial" -> "T " + (r % 4);
      case "model" -> pick(rnd, "m1", "gpt-4o", "模型-α", "a,b", "say \"hi\"");
      case "task" -> pick(rnd, "fix buggy program", "classify, briefly");
      case "quality" -> q;
      case "accuracy" -> pick(rnd, "0.9", "0.975", "1", "0", ".5");
      case "strategy" -> pick(rnd, "RANDOM", "PERFORMANCE", "REMOTE", "LOCAL", "CHEMISTRY", " LOCAL ");
      case "result" -> pick(rnd, "ok", "a, b", "line\none", "x\r\ny\rz", "\"q\" and, \"\"", "");
      case "latency", "variance", "gen_accuracy" -> pick(rnd, "1.5", "", "0.25", "NaN", "1e-3");
      default -> pick(rnd, "x", "", "2025-07-10 10:00:00", "I1");
    };
  }

  /** Quotes when needed (comma, quote, line break), sometimes when not. */
  private static String quote(String v, Random rnd) {
    boolean must = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0;
    if (!must && rnd.nextInt(5) != 0) {
      return v;
    }
    return '"' + v.replace("\"", "\"\"") + '"';
  }

  /** A line end; never a lone LF right after a CR that ends an empty record (it would merge). */
  private static String end(Random rnd, StringBuilder text, boolean emptyRecord) {
    String e = pick(rnd, "\n", "\n", "\r\n", "\r");
    boolean afterCr = text.length() > 0 && text.charAt(text.length() - 1) == '\r';
    return emptyRecord && afterCr && e.equals("\n") ? "\r" : e;
  }

  private static boolean endsWithBreak(CharSequence t) {
    char c = t.charAt(t.length() - 1);
    return c == '\n' || c == '\r';
  }

  /** 1-based line at the end of {@code t} (LF, CRLF and lone CR each end a line). */
  static long line(CharSequence t) {
    long n = 1;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\r' || c == '\n' && (i == 0 || t.charAt(i - 1) != '\r')) {
        n++;
      }
    }
    return n;
  }

  /** Number of physical lines of {@code t}. */
  static long lineCount(CharSequence t) {
    return t.length() == 0 ? 0 : endsWithBreak(t) ? line(t) - 1 : line(t);
  }

  /** Character-level damage: inserts, deletes and replaces with quotes, commas, breaks, junk. */
  static String mutate(String s, Random rnd) {
    StringBuilder b = new StringBuilder(s);
    int edits = 1 + rnd.nextInt(4);
    String junk = "\",\r\n \t\u0000\uFEFF\u00e9x5.-eE";
    for (int i = 0; i < edits; i++) {
      int at = b.length() == 0 ? 0 : rnd.nextInt(b.length() + 1);
      switch (rnd.nextInt(3)) {
        case 0 -> b.insert(at, junk.charAt(rnd.nextInt(junk.length())));
        case 1 -> b.delete(at, Math.min(b.length(), at + 1 + rnd.nextInt(3)));
        default -> {
          if (at < b.length()) {
            b.setCharAt(at, junk.charAt(rnd.nextInt(junk.length())));
          }
        }
      }
    }
    return b.toString();
  }

  private static String pick(Random rnd, String... vs) {
    return vs[rnd.nextInt(vs.length)];
  }
}
