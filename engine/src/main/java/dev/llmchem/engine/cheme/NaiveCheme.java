package dev.llmchem.engine.cheme;

import dev.llmchem.engine.control.CancelledException;
import dev.llmchem.engine.control.ProgressListener;
import dev.llmchem.engine.mig.CoveringMemo;
import dev.llmchem.engine.mig.Mig;
import dev.llmchem.engine.mig.UsedMap;
import java.util.function.LongToDoubleFunction;

/**
 * The test oracle for CHEME, written straight from SPEC section 6: for every X ⊆ S and every
 * pair a &lt; b outside X, skip the term if any of cost(X), cost(X+a), cost(X+b), cost(X+a+b) is
 * exactly 0, else d = |cost(X+a+b) - cost(X+a) - cost(X+b) + cost(X)| / cost(X+a+b), clipped to
 * 1; chem(a, b) is the max of d over the evaluated X and the pair has an entry iff some X was
 * evaluated. O(2^|S| |S|^2) cost lookups: for |S| &lt;= 20 or so. Thread-safe; allocates only the
 * result (plus the MIG and its memo in {@link #compute(double[], UsedMap)}).
 */
public final class NaiveCheme {
  /** Largest |S| accepted. */
  public static final int MAX_S = 24;

  private NaiveCheme() { }

  /** CHEME with costs looked up through the MIG's covering nodes (memoised). */
  public static ChemMatrix compute(double[] cost, UsedMap map) {
    return compute(cost, map, ProgressListener.NONE);
  }

  /** As above, stopping with {@link CancelledException} when {@code progress} says so. */
  public static ChemMatrix compute(double[] cost, UsedMap map, ProgressListener progress) {
    Mig mig = Mig.build(map, cost);
    CoveringMemo memo = new CoveringMemo(mig, 1 << Math.min(map.s(), 20));
    return compute(map.s(), memo::costOf, progress);
  }

  /**
   * CHEME for |S| = s with {@code cost} giving cost(X) of an S mask (called O(2^s s^2)
   * times from this thread).
   */
  public static ChemMatrix compute(int s, LongToDoubleFunction cost) {
    return compute(s, cost, ProgressListener.NONE);
  }

  /** As above; polls {@code progress.cancelled()} once per 4096 subsets X. */
  public static ChemMatrix compute(int s, LongToDoubleFunction cost, ProgressListener progress) {
    if (s < 0 || s > MAX_S) {
      throw new IllegalArgumentException("naive CHEME takes |S| <= " + MAX_S + ", got " + s);
    }
    double[] v = new double[s * s];
    long[] e = new long[s];
    for (long x = 0; x < 1L << s; x++) {
      if ((x & 0xFFF) == 0 && x != 0 && progress.cancelled()) {
        throw new CancelledException("naive CHEME over |S| = " + s, (double) x / (1L << s));
      }
      double c = cost.applyAsDouble(x);
      for (int a = 0; a < s; a++) {
        if ((x >>> a & 1) != 0) {
          continue;
        }
        double ca = cost.applyAsDouble(x | 1L << a);
        for (int b = a + 1; b < s; b++) {
          if ((x >>> b & 1) != 0) {
            continue;
          }
          double cb = cost.applyAsDouble(x | 1L << b);
          double cab = cost.applyAsDouble(x | 1L << a | 1L << b);
          if (c == 0 || ca == 0 || cb == 0 || cab == 0) {
            continue;
          }
          double d = Math.abs(cab - ca - cb + c) / cab;
          d = Math.min(d, 1.0);
          if ((e[a] >>> b & 1) == 0 || d > v[a * s + b]) {
            v[a * s + b] = d;
            v[b * s + a] = d;
          }
          e[a] |= 1L << b;
          e[b] |= 1L << a;
        }
      }
    }
    return new ChemMatrix(s, v, e);
  }
}
