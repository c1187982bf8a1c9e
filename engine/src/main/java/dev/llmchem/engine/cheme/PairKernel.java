package dev.llmchem.engine.cheme;

/**
 * The per-pair loop of the double dense kernel over one gathered buffer: a service interface
 * so that an optional module (the {@code llmchem-vector} Vector API kernel) can replace the
 * JIT-vectorised scalar loops of {@link DenseKernel} at run time. Not a stable API.
 *
 * <p>Contract (both methods): the buffer {@code t} holds {@code n} costs; the pair's bits are
 * {@code lo < hi} (given as offsets {@code 1 << bit}); {@code f}, {@code g} are the offsets of
 * the first and second member in S order. Every cell x with both bits clear is one term
 * {@code |t[x+lo+hi] - t[x+f] - t[x+g] + t[x]| / t[x+lo+hi]}, evaluated in exactly this order
 * and rounding (IEEE double, no fused operations), so that any implementation is bit-identical
 * to {@link NaiveCheme}. Implementations must be stateless and thread-safe.
 */
public interface PairKernel {
  /** A short name for reports ("scalar", "vector-4" ...). */
  String name();

  /** Smallest run (the pair's lower offset {@code lo}) this kernel accepts; below, the scalar
   * loops run. */
  int minRun();

  /**
   * This kernel for a table whose non-zero costs all lie in [2^-200, 2^200] (the product of
   * four costs then neither underflows nor overflows, so it can serve as the zero test).
   * Default: itself.
   */
  default PairKernel forModerateTables() {
    return this;
  }

  /** max(m, every term); called only when the table has no zero cost. */
  double pairMax(double[] t, int n, int lo, int hi, int f, int g, double m);

  /**
   * With the zero-cost test of SPEC section 6: {@code mx[slot]} = max(mx[slot], every term whose
   * four costs are non-zero); {@code ok[slot]} = 1 once such a term was seen (else unchanged).
   */
  void pairMaxChecked(double[] t, int n, int lo, int hi, int f, int g, double[] mx, double[] ok,
      int slot);

  /**
   * Two pairs that share member {@code a} (a "cherry"), {@code a}, {@code b1}, {@code b2}
   * distinct bit offsets: {@code (a, b1)} into {@code mx[s1]} and {@code (a, b2)} into
   * {@code mx[s2]} with {@code a} the first member in S order of both ({@code f = a}), or, when
   * {@code second}, {@code (b1, a)} and {@code (b2, a)} with {@code a} second in both
   * ({@code g = a}). Called only when the table has no zero cost. One sweep over the buffer can
   * serve both pairs, reading each cost once for two pairs' terms.
   *
   * <p>{@code f} is null, or, when {@link #floatFilter} is on and the table has no zeros and all
   * its costs in [2^-100, 2^100] ({@link TableCheck#FLOAT_SAFE}), {@code t} rounded to float,
   * with {@code rho} >= 2^-20 * (max cost / min cost) of the table: a kernel may then test in
   * float which terms can raise a maximum and evaluate only those in double. Results as two
   * {@link #pairMax} calls, which is the default.
   */
  default void cherryMax(double[] t, float[] f, int n, int a, int b1, int b2, boolean second,
      double rho, double[] mx, int s1, int s2) {
    mx[s1] = pairMax(t, n, Math.min(a, b1), Math.max(a, b1), second ? b1 : a, second ? a : b1,
        mx[s1]);
    mx[s2] = pairMax(t, n, Math.min(a, b2), Math.max(a, b2), second ? b2 : a, second ? a : b2,
        mx[s2]);
  }

  /**
   * Whether {@link #cherryMax} runs a single-precision skip test given a float copy (the worker
   * then keeps one of each buffer it sweeps). Default: false.
   */
  default boolean floatFilter() {
    return false;
  }
}
