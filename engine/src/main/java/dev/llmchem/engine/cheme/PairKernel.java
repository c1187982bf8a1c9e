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
   * The two pairs of {@code c} (a {@link Cherry}: pairs (shared, other1) and (shared, other2),
   * the role of the shared member, their slots) over the buffer {@code t} of {@code n} cells:
   * {@code mx[c.slot1()]} and {@code mx[c.slot2()]} become the max of themselves and every term
   * of their pair. Called only when the table has no zero cost. One sweep over the buffer can
   * serve both pairs, reading each cost once for two pairs' terms.
   *
   * <p>{@code tf} is null, or, when {@link #floatFilter} is on and the table has no zeros and all
   * its costs in [2^-100, 2^100] ({@link TableCheck#FLOAT_SAFE}), {@code t} rounded to float
   * from cell {@code tfOffset} on ({@code tf[tfOffset + x] = (float) t[x]}: the worker places
   * the copy where its loads are 64-byte aligned when it can, {@code AlignedFloats}), with
   * {@code rho} >= 2^-20 * (max cost / min cost) of the table (NaN when {@code tf} is null): a
   * kernel may then test in float which terms can raise a maximum and evaluate only
   * those in double. Results as two {@link #pairMax} calls, which is the default.
   */
  default void cherryMax(double[] t, float[] tf, int tfOffset, int n, Cherry c, double rho,
      double[] mx) {
    int a = c.shared();
    int b1 = c.other1();
    int b2 = c.other2();
    mx[c.slot1()] = pairMax(t, n, Math.min(a, b1), Math.max(a, b1), c.firstOf(b1),
        c.secondOf(b1), mx[c.slot1()]);
    mx[c.slot2()] = pairMax(t, n, Math.min(a, b2), Math.max(a, b2), c.firstOf(b2),
        c.secondOf(b2), mx[c.slot2()]);
  }

  /**
   * Whether {@link #cherryMax} runs a single-precision skip test given a float copy (the worker
   * then keeps one of each buffer it sweeps). Default: false.
   */
  default boolean floatFilter() {
    return false;
  }
}
