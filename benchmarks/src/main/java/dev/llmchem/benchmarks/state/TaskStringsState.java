package dev.llmchem.benchmarks.state;

import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link #tasks} distinct task strings in groups of three near-duplicate wordings (a base
 * prompt of 8-16 words from a 400-word vocabulary, then the same prompt with one word changed
 * and with one word added), so clustering finds about tasks / 3 clusters. Deterministic.
 */
@State(Scope.Benchmark)
public class TaskStringsState {
  /** Distinct task strings. */
  @Param({"30", "300", "3000"})
  public int tasks;

  /** The strings, in first-appearance order. */
  public String[] strings;

  /** Builds the strings. */
  @Setup(Level.Trial)
  public void setup() {
    strings = generate(tasks, DataSets.SEED);
  }

  /** {@code n} task strings from {@code seed}. */
  public static String[] generate(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String[] out = new String[n];
    for (int i = 0; i < n; i += 3) {
      String[] words = new String[8 + r.nextInt(9)];
      for (int k = 0; k < words.length; k++) {
        words[k] = word(r.nextInt(400));
      }
      out[i] = String.join(" ", words);
      if (i + 1 < n) {
        words[r.nextInt(words.length)] = word(400 + i);
        out[i + 1] = String.join(" ", words);
      }
      if (i + 2 < n) {
        out[i + 2] = out[i] + " " + word(r.nextInt(400));
      }
    }
    return out;
  }

  private static String word(int k) {
    return "w" + Integer.toString(k, 36);
  }
}
