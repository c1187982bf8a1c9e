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
   * Two pairs that share their first member (a "cherry"): {@code (a, b1)} into
   * {@code mx[s1]} and {@code (a, b2)} into {@code mx[s2]}, where {@code a}, {@code b1},
   * {@code b2} are distinct bit offsets and {@code a} is the first member in S order of both
   * pairs (so {@code f = a}). Called only when the table has no zero cost. One sweep over the
   * buffer can serve both pairs, reading each cost once for two pairs' terms; the default runs
   * {@link #pairMax} twice.
   */
  default void cherryMax(double[] t, int n, int a, int b1, int b2, double[] mx, int s1,
      int s2) {
    mx[s1] = pairMax(t, n, Math.min(a, b1), Math.max(a, b1), a, b1, mx[s1]);
    mx[s2] = pairMax(t, n, Math.min(a, b2), Math.max(a, b2), a, b2, mx[s2]);
  }

  /**
   * As {@link #cherryMax} for two pairs that share their second member: {@code (b1, a)} into
   * {@code mx[s1]} and {@code (b2, a)} into {@code mx[s2]}, {@code a} second in S order in both
   * (so {@code f = b1}, resp. {@code b2}, and {@code g = a}).
   */
  default void cherryMaxSecond(double[] t, int n, int a, int b1, int b2, double[] mx, int s1,
      int s2) {
    mx[s1] = pairMax(t, n, Math.min(a, b1), Math.max(a, b1), b1, a, mx[s1]);
    mx[s2] = pairMax(t, n, Math.min(a, b2), Math.max(a, b2), b2, a, mx[s2]);
  }

  /**
   * Whether {@link #cherryMaxFloat} / {@link #cherryMaxSecondFloat} run a single-precision skip
   * test (the worker then keeps a float copy of each buffer it sweeps). Default: false.
   */
  default boolean floatFilter() {
    return false;
  }

  /**
   * {@link #cherryMax} given also {@code f}, the buffer rounded to float, for tables without
   * zeros whose costs lie in [2^-100, 2^100] ({@link TableCheck#FLOAT_SAFE}), and
   * {@code rho} >= 2^-20 * (max cost / min cost) of the table: a kernel may test in float which
   * terms can raise a maximum and evaluate only those in double. Results as {@link #cherryMax}.
   */
  default void cherryMaxFloat(double[] t, float[] f, int n, int a, int b1, int b2, double rho,
      double[] mx, int s1, int s2) {
    cherryMax(t, n, a, b1, b2, mx, s1, s2);
  }

  /** {@link #cherryMaxSecond} with the float copy, as {@link #cherryMaxFloat}. */
  default void cherryMaxSecondFloat(double[] t, float[] f, int n, int a, int b1, int b2,
      double rho, double[] mx, int s1, int s2) {
    cherryMaxSecond(t, n, a, b1, b2, mx, s1, s2);
  }
}
