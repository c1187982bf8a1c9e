package dev.llmchem.engine.task;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SplittableRandom;

/** Random corpora of distinct task strings that make clustering hard to get exactly right. */
final class Corpus {
  private Corpus() { }

  /**
   * {@code n} distinct strings: base prompts over a Zipf-like vocabulary, each followed by
   * rewordings (a word replaced, added, repeated or dropped, two words swapped, upper case),
   * so many pairs sit near any threshold. Half the corpora put one word in every string (IDF
   * < 0) and one in all but the first (IDF = 0); the others hold empty and one-word strings.
   */
  static String[] hard(int n, SplittableRandom r) {
    boolean ubiquitous = r.nextBoolean();
    int vocab = 50 + r.nextInt(3000);
    Set<String> out = new LinkedHashSet<>();
    while (out.size() < n) {
      String[] base = new String[1 + r.nextInt(r.nextInt(4) == 0 ? 60 : 20)];
      for (int k = 0; k < base.length; k++) {
        base[k] = word(r, vocab);
      }
      int variants = r.nextInt(6);
      for (int v = 0; v <= variants && out.size() < n; v++) {
        String s = String.join(" ", v == 0 ? base : reword(base, r, vocab));
        if (ubiquitous) {
          s = s + " please" + (out.isEmpty() ? "" : " now");
        } else if (r.nextInt(50) == 0) {
          s = r.nextBoolean() ? "" : word(r, vocab);
        }
        out.add(s);
      }
    }
    return out.toArray(new String[0]);
  }

  private static String[] reword(String[] base, SplittableRandom r, int vocab) {
    String[] w = base.clone();
    int i = r.nextInt(w.length);
    switch (r.nextInt(6)) {
      case 0 -> w[i] = word(r, vocab);
      case 1 -> w = append(w, word(r, vocab));
      case 2 -> w = append(w, w[i]);
      case 3 -> {
        int j = r.nextInt(w.length);
        String t = w[i];
        w[i] = w[j];
        w[j] = t;
      }
      case 4 -> w[i] = w[i].toUpperCase(java.util.Locale.ROOT);
      default -> {
        if (w.length > 1) {
          String[] s = new String[w.length - 1];
          System.arraycopy(w, 0, s, 0, i);
          System.arraycopy(w, i + 1, s, i, w.length - 1 - i);
          w = s;
        }
      }
    }
    return w;
  }

  private static String[] append(String[] w, String x) {
    String[] s = java.util.Arrays.copyOf(w, w.length + 1);
    s[w.length] = x;
    return s;
  }

  /** A word, low ranks far more frequent (u^3 skew). */
  private static String word(SplittableRandom r, int vocab) {
    double u = r.nextDouble();
    return "w" + Integer.toString((int) (u * u * u * vocab), 36);
  }
}
