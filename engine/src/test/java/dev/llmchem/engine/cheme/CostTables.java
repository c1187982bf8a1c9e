package dev.llmchem.engine.cheme;

import dev.llmchem.engine.testutil.Permutations;
import java.util.Arrays;
import java.util.Random;

/** Random cost tables for differential tests and timing (test helper). */
public final class CostTables {
  private CostTables() { }

  /** Uniform costs in [0.01, 1): no zeros. */
  public static double[] positive(int u, Random r) {
    double[] c = new double[1 << u];
    for (int i = 0; i < c.length; i++) {
      c[i] = 0.01 + 0.99 * r.nextDouble();
    }
    return c;
  }

  /** Like {@link #positive} with each cell 0 with probability {@code p}. */
  public static double[] withZeros(int u, Random r, double p) {
    double[] c = positive(u, r);
    for (int i = 0; i < c.length; i++) {
      if (r.nextDouble() < p) {
        c[i] = 0;
      }
    }
    return c;
  }

  /**
   * Paper Eq. 1 over random profiles (q in 0..10 in steps of 0.5, a in [0.5, 1]; a = 1 or
   * q = 10 with probability {@code perfect}, giving zero penalties): cost({}) = 1, else the sum
   * of penalty/rank in order of q descending (ties: a descending, then index).
   */
  public static double[] eq1(int u, Random r, double perfect) {
    double[] q = new double[u];
    double[] a = new double[u];
    for (int i = 0; i < u; i++) {
      q[i] = r.nextInt(21) * 0.5;
      a[i] = 0.5 + 0.5 * r.nextDouble();
      if (r.nextDouble() < perfect) {
        a[i] = 1.0;
      }
    }
    Integer[] order = new Integer[u];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (x, y) -> q[x] != q[y] ? Double.compare(q[y], q[x])
        : a[x] != a[y] ? Double.compare(a[y], a[x]) : Integer.compare(x, y));
    double[] c = new double[1 << u];
    c[0] = 1.0;
    for (int m = 1; m < c.length; m++) {
      double sum = 0.0;
      int rank = 0;
      for (int k = 0; k < u; k++) {
        int i = order[k];
        if ((m >>> i & 1) != 0) {
          rank++;
          double pen = (1 - q[i] / 10) * (1 - a[i]);
          sum += (1.0 / rank) * pen;
        }
      }
      c[m] = sum;
    }
    return c;
  }

  /** A random embedding of |U| = u used models into S of size s (random order). */
  public static int[] randomUToS(int s, int u, Random r) {
    return Arrays.copyOf(Permutations.random(s, r), u);
  }
}
