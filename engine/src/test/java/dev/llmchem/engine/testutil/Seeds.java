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
}
