package dev.llmchem.engine.testutil;

import java.util.Random;

/** Random permutations for randomised tests. */
public final class Permutations {
  private Permutations() { }

  /** A uniformly random permutation of 0..n-1 (Fisher-Yates, drawing from the top down). */
  public static int[] random(int n, Random r) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int k = r.nextInt(i + 1);
      int t = p[i];
      p[i] = p[k];
      p[k] = t;
    }
    return p;
  }
}
