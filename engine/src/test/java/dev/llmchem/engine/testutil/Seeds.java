package dev.llmchem.engine.testutil;

/** Seeds for randomised tests: {@code -Dllmchem.seed=N} replays a run; the seed is printed. */
public final class Seeds {
  private Seeds() { }

  /** A fresh (or the requested) seed, printed with the test's name. */
  public static long seed(String test) {
    String fixed = System.getProperty("llmchem.seed");
    long seed = fixed != null ? Long.parseLong(fixed) : System.nanoTime();
    System.out.println(test + " seed=" + seed + " (replay with -Dllmchem.seed=" + seed + ")");
    return seed;
  }

  /**
   * A fixed seed for statistical tests whose bounds hold with high probability, not always
   * (a fresh seed per run would make CI flaky); {@code -Dllmchem.seed=N} still replays another.
   */
  public static long fixed(String test, long seed) {
    String override = System.getProperty("llmchem.seed");
    long s = override != null ? Long.parseLong(override) : seed;
    System.out.println(test + " seed=" + s + " (fixed; replay another with -Dllmchem.seed=N)");
    return s;
  }
}
