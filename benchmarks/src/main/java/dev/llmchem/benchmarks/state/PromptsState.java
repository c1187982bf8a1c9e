package dev.llmchem.benchmarks.state;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link #prompts} distinct prompt-like strings for the clustering scale suite: 8 "datasets",
 * each with a few instruction templates (shared opening words) followed by a question of 6-30
 * words drawn Zipf-like (u^3 skew) from a vocabulary that grows with the corpus
 * (sqrt(prompts) * 60 words, as real vocabularies do); a third of the prompts are followed by
 * one to three rewordings (a word replaced, added or dropped). Deterministic.
 */
@State(Scope.Benchmark)
public class PromptsState {
  /** Distinct prompts. */
  @Param({"10000", "100000", "1000000"})
  public int prompts;

  /** The strings, in first-appearance order. */
  public String[] strings;

  /** Builds the strings. */
  @Setup(Level.Trial)
  public void setup() {
    strings = generate(prompts, DataSets.SEED);
  }

  /** {@code n} prompts from {@code seed}. */
  public static String[] generate(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int vocab = (int) Math.max(2000, Math.sqrt(n) * 60);
    String[][] templates = new String[8 * 4][];
    for (int t = 0; t < templates.length; t++) {
      templates[t] = words(r, 3 + r.nextInt(12), 400, "t");
    }
    Set<String> out = new LinkedHashSet<>(n * 2);
    while (out.size() < n) {
      String[] head = templates[r.nextInt(templates.length)];
      String[] q = words(r, 6 + r.nextInt(25), vocab, "w");
      out.add(String.join(" ", head) + " " + String.join(" ", q));
      int rewordings = r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 0;
      for (int k = 0; k < rewordings && out.size() < n; k++) {
        int i = r.nextInt(q.length);
        switch (r.nextInt(3)) {
          case 0 -> q[i] = word(r, vocab, "w");
          case 1 -> q[i] = q[i] + " " + word(r, vocab, "w");
          default -> q[i] = "";
        }
        out.add(String.join(" ", head) + " " + String.join(" ", q));
      }
    }
    return out.toArray(new String[0]);
  }

  private static String[] words(SplittableRandom r, int n, int vocab, String prefix) {
    String[] w = new String[n];
    for (int k = 0; k < n; k++) {
      w[k] = word(r, vocab, prefix);
    }
    return w;
  }

  private static String word(SplittableRandom r, int vocab, String prefix) {
    double u = r.nextDouble();
    return prefix + Integer.toString((int) (u * u * u * vocab), 36);
  }
}
