package dev.llmchem.engine.io;

import dev.llmchem.engine.testutil.Seeds;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A bounded, seeded fuzz loop: try {@code i} gets {@code new Random(seed + i)}. The seed is
 * printed ({@link Seeds}); a failure names the try and the seed that replays the run.
 * {@code -Dllmchem.fuzz.tries=N} scales every loop (N tries instead of its default).
 */
public final class FuzzLoop {
  private FuzzLoop() { }

  /** Tries for a loop whose default is {@code defaultTries}. */
  public static int tries(int defaultTries) {
    return Integer.getInteger("llmchem.fuzz.tries", defaultTries);
  }

  /** Runs {@code body} {@link #tries(int)} times; returns the number of tries run. */
  public static int run(String name, int defaultTries, Consumer<Random> body) {
    long seed = Seeds.seed(name);
    int n = tries(defaultTries);
    for (int i = 0; i < n; i++) {
      try {
        body.accept(new Random(seed + i));
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(name + ": try " + i + " of " + n + " failed (replay with"
            + " -Dllmchem.seed=" + seed + "): " + e.getMessage(), e);
      }
    }
    return n;
  }
}
