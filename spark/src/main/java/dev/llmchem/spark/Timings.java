package dev.llmchem.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Wall time of each stage of a run, printed on stderr with {@code --timings}. */
final class Timings {
  private final List<String> lines = new ArrayList<>();
  private final long start = System.nanoTime();
  private long last = start;

  /** Ends the stage that ran since the previous mark. */
  void mark(String stage) {
    long now = System.nanoTime();
    lines.add(String.format(Locale.ROOT, "%9.3f s  %s", (now - last) / 1e9, stage));
    last = now;
  }

  void print(PrintWriter err) {
    for (String l : lines) {
      err.println("  " + l);
    }
    err.printf(Locale.ROOT, "  %9.3f s  total%n", (System.nanoTime() - start) / 1e9);
  }
}
