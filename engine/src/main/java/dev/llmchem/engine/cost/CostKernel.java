package dev.llmchem.engine.cost;

import dev.llmchem.engine.control.LimitException.Alternative;
import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.LimitException;
import dev.llmchem.engine.control.ProgressListener;

/**
 * The Eq. 1 cost of every subset of U as a dense table indexed by bitmask, built in
 * O(2^|U|) without sorting per subset.
 *
 * <p>Bits are ranks: bit i is the i-th used model in rank order. For a mask X with highest
 * bit t, the members below t keep their ranks when t is added and t takes rank
 * popcount(X) , so cost(X) = cost(X - t) + (1.0 / popcount(X)) * p_t. This is exactly
 * the reference's left-to-right sum {@code 0.0 + (1/1)p_(1) + (1/2)p_(2) + ...}, so the
 * table is bit-identical to sorting each subset ({@link NaiveCost} checks it).
 * cost(empty) = 1.0. Stateless and thread-safe; allocates the table only.
 */
public final class CostKernel {
  /** Largest |U| a table can have (2^30 doubles = 8 GiB). */
  public static final int MAX_USED = 30;

  private CostKernel() { }

  /** Bytes of a double table over {@code u} used models. */
  public static long tableBytes(int u) {
    return 8L << u;
  }

  /** Refuses sizes beyond {@link #MAX_USED} or the free heap, naming the size. */
  public static void checkSize(int u) {
    if (u > MAX_USED) {
      throw LimitException.size("a dense cost table over 2^|U| subsets", u, MAX_USED,
          "|U| = " + u + " used models: a dense cost table over 2^" + u + " subsets ("
          + (u <= 59 ? LimitException.human(tableBytes(u)) : "2^" + (u + 3) + " bytes")
          + ") is beyond the dense kernels (|U| <= " + MAX_USED + ")",
          Alternative.EXACT_EQ1_METHOD);
    }
    LimitException.requireHeap(tableBytes(u), "|U| = " + u + " used models: the dense cost"
        + " table over 2^" + u + " subsets", Alternative.EXACT_EQ1_METHOD);
  }

  /**
   * The table of Eq. 1 costs.
   *
   * @param penalty penalties of the used models in rank order (bit i = rank i)
   */
  public static double[] eq1Table(double[] penalty) {
    return eq1Table(penalty, ProgressListener.NONE);
  }

  /** Cells filled between two polls of {@link #eq1Table(double[], ProgressListener)}. */
  static final int POLL_CELLS = 1 << 20;

  /**
   * As {@link #eq1Table(double[])}, polling {@code progress.cancelled()} every
   * {@link #POLL_CELLS} cells once the table is that large (a few milliseconds of work between
   * polls), so a 2^30 table can be stopped.
   *
   * @throws CancelledException when cancelled
   */
  public static double[] eq1Table(double[] penalty, ProgressListener progress) {
    int u = penalty.length;
    checkSize(u);
    double[] weight = new double[u + 1];
    for (int k = 1; k <= u; k++) {
      weight[k] = 1.0 / k;
    }
    double[] t = new double[1 << u];
    for (int top = 0; top < u; top++) {
      int base = 1 << top;
      double p = penalty[top];
      for (int from = 0; from < base; from += POLL_CELLS) {
        if (base >= POLL_CELLS && progress.cancelled()) {
          throw new CancelledException("the Eq. 1 cost table over |U| = " + u,
              (double) (base + from) / (1L << u));
        }
        int to = Math.min(base, from + POLL_CELLS);
        for (int low = from; low < to; low++) {
          t[base | low] = t[low] + weight[Integer.bitCount(low) + 1] * p;
        }
      }
    }
    t[0] = 1.0;
    return t;
  }

  /**
   * Eq. 1 cost of one subset given as a membership test over rank positions, with the
   * same arithmetic as the table (for |U| beyond the table, or one-off queries).
   */
  public static double eq1(double[] penalty, java.util.function.IntPredicate member) {
    double sum = 0.0;
    int k = 0;
    for (int i = 0; i < penalty.length; i++) {
      if (member.test(i)) {
        k++;
        sum += (1.0 / k) * penalty[i];
      }
    }
    return k == 0 ? 1.0 : sum;
  }
}
