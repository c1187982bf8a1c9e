package dev.llmchem.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run behind {@code ./chem}'s ahead-of-time cache (JDK 25+): the launcher starts
 * this class once per (jar, JDK) with {@code -XX:AOTCacheOutput}, and the JVM records the
 * classes it loads and linked, and the method profiles it gathers, into the cache that later
 * runs map at start. The commands below are what users run most, on the repository's own
 * data: the paper's history (one task, |S| = 12; the start-up goal is measured on it), the
 * fixture, and a RouterBench-shaped sample (many tasks: the clustering, per-task pool and
 * streamed JSON paths). A run whose data is missing is skipped. Output goes nowhere; the exit
 * code is 0 unless no command could run.
 */
public final class AotTraining {
  private AotTraining() { }

  /** {@code args[0]}: the repository root. Exit code 0 when every command ran and succeeded. */
  public static void main(String[] args) {
    List<String> failed = train(Path.of(args.length > 0 ? args[0] : "."));
    System.exit(failed.isEmpty() ? 0 : 1);
  }

  /**
   * Runs the training commands whose data exist under {@code root}; returns the ones that did
   * not exit with 0 (each as its command line), or a line saying that none could run.
   */
  static List<String> train(Path root) {
    List<String[]> runs = new ArrayList<>();
    for (String data : new String[] {"fixtures/reference/runs.csv", "fixtures/data/demo.csv"}) {
      String f = root.resolve(data).toString();
      runs.add(new String[] {"recommend", "--data", f});
      runs.add(new String[] {"recommend", "--data", f, "--json"});
      runs.add(new String[] {"chemistry", "--data", f});
      runs.add(new String[] {"chemistry", "--data", f, "--json"});
      runs.add(new String[] {"profile", "--data", f, "--json"});
    }
    String sample = root.resolve("fixtures/data/routerbench-sample.csv").toString();
    runs.add(new String[] {"recommend", "--data", sample, "--json"});
    List<String> failed = new ArrayList<>();
    int ran = 0;
    PrintWriter none = new PrintWriter(OutputStream.nullOutputStream());
    for (String[] run : runs) {
      if (Files.isRegularFile(Path.of(run[2]))) {
        ran++;
        if (Main.execute(run, OutputStream.nullOutputStream(), none) != 0) {
          failed.add(String.join(" ", run));
        }
      }
    }
    if (ran == 0) {
      failed.add("no training data under " + root.toAbsolutePath());
    }
    return failed;
  }
}
