package dev.llmchem.engine.recommend;

/**
 * SPEC 7 step 1: what RECOMMEND returns when chemistry has no entries at all.
 * V = union of X_Q. All good: every member of V is good ({@link FallbackPolicy}, default
 * a &gt;= 0.9 and q &gt;= 9.0). All bad: every member is bad (default a &lt;= 0.5 and
 * q &lt;= 5.0). By default all bad returns nothing; all good and mixed return the
 * single best member: largest a, then largest q, then shortest name (in code points, as Python's
 * {@code len}), then name ascending (= smallest index; the reference leaves this last tie to
 * hash order). Stateless and thread-safe.
 */
final class Fallback {
  private Fallback() { }

  /** Union of the configurations. */
  static long union(long[] xq) {
    long v = 0;
    for (long x : xq) {
      v |= x;
    }
    return v;
  }

  /** Every member of {@code v} is good. False for the empty set. */
  static boolean allGood(long v, double[] a, double[] q, FallbackPolicy f) {
    if (v == 0) {
      return false;
    }
    for (long m = v; m != 0; m &= m - 1) {
      int i = Long.numberOfTrailingZeros(m);
      if (!f.good(a[i], q[i])) {
        return false;
      }
    }
    return true;
  }

  /** Every member of {@code v} is bad. False for the empty set. */
  static boolean allBad(long v, double[] a, double[] q, FallbackPolicy f) {
    if (v == 0) {
      return false;
    }
    for (long m = v; m != 0; m &= m - 1) {
      int i = Long.numberOfTrailingZeros(m);
      if (!f.bad(a[i], q[i])) {
        return false;
      }
    }
    return true;
  }

  /** Index of the best member of a non-empty {@code v}, or -1 when {@code v} is empty. */
  static int best(long v, String[] names, double[] a, double[] q) {
    int best = -1;
    for (long m = v; m != 0; m &= m - 1) {
      int i = Long.numberOfTrailingZeros(m);
      if (best < 0 || better(i, best, names, a, q)) {
        best = i;
      }
    }
    return best;
  }

  private static boolean better(int i, int j, String[] names, double[] a, double[] q) {
    if (a[i] != a[j]) {
      return a[i] > a[j];
    }
    if (q[i] != q[j]) {
      return q[i] > q[j];
    }
    int li = names[i].codePointCount(0, names[i].length());
    int lj = names[j].codePointCount(0, names[j].length());
    if (li != lj) {
      return li < lj;
    }
    return i < j; // visited ascending, so never true here: name ascending keeps the first
  }
}
