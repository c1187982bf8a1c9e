package dev.llmchem.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The JSON-producing command lines whose stdout must be byte-identical across runs, thread
 * counts and JDKs (issue "Reliability", item 3): profile, chemistry (every method), recommend
 * (reference and exact, any size or a target size) and mig, on the committed fixtures, a
 * generated |U| = 20 history (the blocked dense kernel with several passes) and the
 * committed real histories (fixtures/reference).
 */
final class DeterminismCases {
  static final String DEMO = "../fixtures/data/demo.csv";
  static final String WIDE = "../fixtures/data/wide-64.csv";
  static final String POOL = "../fixtures/data/pool-256.csv";

  /**
   * One command line.
   *
   * @param threaded whether it takes --threads (a parallel kernel runs)
   */
  record Case(String label, List<String> args, boolean threaded) {
    /** The arguments with {@code --threads n} appended when the command takes it. */
    String[] withThreads(int n) {
      List<String> a = new ArrayList<>(args);
      if (threaded) {
        a.add("--threads");
        a.add(String.valueOf(n));
      }
      return a.toArray(String[]::new);
    }
  }

  private DeterminismCases() { }

  private static Case c(String label, boolean threaded, String... args) {
    return new Case(label, Arrays.asList(args), threaded);
  }

  /** Cases on the committed fixtures and on {@code u20} (see {@link #writeU20}). */
  static List<Case> fixtures(Path u20) {
    String u = u20.toString();
    return List.of(
        c("profile demo", false, "profile", "--data", DEMO, "--json"),
        c("profile pool-256", false, "profile", "--data", POOL, "--json"),
        c("mig demo", false, "mig", "--data", DEMO, "--json"),
        c("chemistry demo auto", true, "chemistry", "--data", DEMO, "--json"),
        c("chemistry demo naive", true, "chemistry", "--data", DEMO, "--json", "--method", "naive"),
        c("chemistry u20 dense", true, "chemistry", "--data", u, "--json", "--method", "dense"),
        c("chemistry wide-64 auto (exact-eq1)", true, "chemistry", "--data", WIDE, "--json",
            "--witness"),
        c("chemistry u20 shapley dense", true, "chemistry", "--data", u, "--json", "--index",
            "shapley"),
        c("chemistry demo banzhaf", true, "chemistry", "--data", DEMO, "--json", "--index",
            "banzhaf"),
        c("chemistry pool-256 exact-eq1", true, "chemistry", "--data", POOL, "--json",
            "--method", "exact-eq1", "--tau", "0.5"),
        c("recommend demo reference", true, "recommend", "--data", DEMO, "--json"),
        c("recommend demo exact", true, "recommend", "--data", DEMO, "--json", "--method", "exact"),
        c("recommend demo exact size 3", true, "recommend", "--data", DEMO, "--json",
            "--method", "exact", "--size", "3"),
        c("recommend demo reference size 4", true, "recommend", "--data", DEMO, "--json",
            "--size", "4"),
        c("recommend u20 exact", true, "recommend", "--data", u, "--json", "--method", "exact"),
        c("recommend wide-64 reference", true, "recommend", "--data", WIDE, "--json"));
  }

  /** Cases on the real histories {@code runs} and {@code runs2} (paths given). */
  static List<Case> real(String runs, String runs2) {
    return List.of(
        c("profile runs", false, "profile", "--data", runs, "--json"),
        c("profile runs2", false, "profile", "--data", runs2, "--json"),
        c("mig runs2", false, "mig", "--data", runs2, "--json"),
        c("chemistry runs auto", true, "chemistry", "--data", runs, "--json"),
        c("chemistry runs2 dense", true, "chemistry", "--data", runs2, "--json", "--method", "dense"),
        c("chemistry runs2 exact-eq1", true, "chemistry", "--data", runs2, "--json", "--method",
            "exact-eq1", "--witness"),
        c("chemistry runs2 banzhaf", true, "chemistry", "--data", runs2, "--json", "--index",
            "banzhaf"),
        c("recommend runs reference", true, "recommend", "--data", runs, "--json"),
        c("recommend runs exact", true, "recommend", "--data", runs, "--json", "--method", "exact"),
        c("recommend runs2 exact size 4", true, "recommend", "--data", runs2, "--json",
            "--method", "exact", "--size", "4"));
  }

  /** Bootstrap and explanation cases on the real histories (fixed seeds). */
  static List<Case> bootstrap(String runs, String runs2) {
    return List.of(
        c("chemistry runs2 bootstrap", true, "chemistry", "--data", runs2, "--json",
            "--bootstrap", "40", "--seed", "7"),
        c("recommend runs bootstrap rows", true, "recommend", "--data", runs, "--json",
            "--bootstrap", "40", "--seed", "7", "--resample", "rows", "--explain"));
  }

  /**
   * Explanation and bootstrap cases on the committed fixtures, the |U| = 20 history and a
   * |S| = 28 history (runner-ups from the exact search beyond the former cap of 24; a
   * note beyond 30 on wide-64), with fixed seeds.
   */
  static List<Case> trust(Path u20, Path s28) {
    String u = u20.toString();
    String s = s28.toString();
    return List.of(
        c("recommend demo explain", true, "recommend", "--data", DEMO, "--json", "--explain"),
        c("recommend demo exact size 3 explain", true, "recommend", "--data", DEMO, "--json",
            "--method", "exact", "--size", "3", "--explain"),
        c("recommend u20 exact explain", true, "recommend", "--data", u, "--json", "--method",
            "exact", "--explain"),
        c("recommend s28 explain", true, "recommend", "--data", s, "--json", "--explain"),
        c("recommend wide-64 explain (note)", true, "recommend", "--data", WIDE, "--json",
            "--explain"),
        c("recommend demo bootstrap explain", true, "recommend", "--data", DEMO, "--json",
            "--bootstrap", "30", "--seed", "3", "--explain"),
        c("chemistry demo bootstrap witness", true, "chemistry", "--data", DEMO, "--json",
            "--bootstrap", "30", "--seed", "3", "--witness"),
        c("chemistry u20 bootstrap tau", true, "chemistry", "--data", u, "--json",
            "--bootstrap", "20", "--seed", "5", "--tau", "0.2"));
  }

  /**
   * Writes a one-task history of 28 models, the 14 even-numbered ones used (a &gt; 0.5; every
   * pair of them gets chem 1, so many sets tie), four used and one unused model per trial, to
   * {@code file}: RECOMMEND over |S| = 28.
   */
  static Path writeS28(Path file) {
    SplittableRandom rnd = new SplittableRandom(28);
    StringBuilder csv = new StringBuilder("trial,model,task,quality,accuracy,strategy\n");
    for (int t = 0; t < 60; t++) {
      for (int k = 0; k < 5; k++) {
        int m = k < 4 ? 2 * ((t * 3 + k * 5) % 14) : 2 * ((t * 3) % 14) + 1;
        double a = m % 2 == 0 ? 0.55 + 0.4 * rnd.nextDouble() : 0.1 + 0.35 * rnd.nextDouble();
        csv.append(String.format(Locale.ROOT, "T %d,model-%02d,rank the documents,%.2f,%.4f,"
            + "RANDOM%n", t, m, 10 * rnd.nextDouble(), a));
      }
    }
    try {
      Files.writeString(file, csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * Writes a one-task history of 22 models, 20 of them used (a &gt; 0.5) with distinct
   * profiles, several rows each, some trials shared (X_Q), to {@code file}.
   */
  static Path writeU20(Path file) {
    SplittableRandom rnd = new SplittableRandom(20);
    StringBuilder csv = new StringBuilder("trial,model,task,quality,accuracy,strategy\n");
    for (int t = 0; t < 60; t++) {
      for (int k = 0; k < 4; k++) {
        int m = (t * 3 + k * 5) % 22;
        double a = m < 20 ? 0.55 + 0.4 * rnd.nextDouble() : 0.2 + 0.3 * rnd.nextDouble();
        csv.append(String.format(Locale.ROOT, "T %d,model-%02d,solve the puzzle,%.2f,%.4f,RANDOM%n",
            t, m, 10 * rnd.nextDouble(), a));
      }
    }
    try {
      Files.writeString(file, csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
