package dev.llmchem.engine.cheme;

/**
 * The double-precision inner kernels of {@link DenseCheme}: gathering a sub-cube into a buffer
 * and the per-pair loops over a buffer. Static methods on primitive arrays, no allocation.
 *
 * <p>A pair loop visits every cell x of the buffer with the two pair bits clear as
 * (hi, mid, run): the innermost run is contiguous, at least 2^lane cells long and branch-free,
 * so C2 vectorises it (loads at four invariant offsets, sub/abs/div, max-reduction). The term
 * is written inline, in the oracle's order: {@code |c(X+a+b) - c(X+a) - c(X+b) + c(X)| /
 * c(X+a+b)} with a the pair member of smaller S index. min(d, 1) is applied by the caller once
 * per pair (max of min = min of max).
 *
 * <p>The zero-cost test of SPEC section 6 is arithmetic (no branch, no conditional move):
 * {@code w = min(min4 * 2^600 * 2^600, 1)} is exactly 1 when the four costs are non-zero and
 * 0 otherwise (costs are finite and >= 0); the term adds {@code 1 - w} (= +0.0 when valid) to
 * the denominator and its numerator is capped at Double.MAX_VALUE (costs near it overflow) so a
 * skipped term stays finite, contributes {@code w * d} (0 when skipped,
 * which cannot change a max of values >= 0), and {@code w} is max-reduced into the pair's
 * "evaluated" flag. When the table has no zero at all the cheaper unchecked loop runs.
 */
final class DenseKernel {
  /** These loops as a {@link PairKernel} (the default, always available). */
  static final PairKernel SCALAR = new PairKernel() {
    @Override
    public String name() {
      return "scalar";
    }

    @Override
    public int minRun() {
      return 1;
    }

    @Override
    public PairKernel forModerateTables() {
      return SCALAR_MODERATE;
    }

    @Override
    public double pairMax(double[] t, int n, int lo, int hi, int f, int g, double m) {
      return DenseKernel.pairMax(t, n, lo, hi, f, g, m);
    }

    @Override
    public void pairMaxChecked(double[] t, int n, int lo, int hi, int f, int g, double[] mx,
        double[] ok, int slot) {
      DenseKernel.pairMaxChecked(t, n, lo, hi, f, g, mx, ok, slot);
    }
  };

  /** {@link #SCALAR} with {@link #pairMaxCheckedModerate} (its moderate-table form). */
  static final PairKernel SCALAR_MODERATE = new PairKernel() {
    @Override
    public String name() {
      return "scalar";
    }

    @Override
    public int minRun() {
      return 1;
    }

    @Override
    public double pairMax(double[] t, int n, int lo, int hi, int f, int g, double m) {
      return DenseKernel.pairMax(t, n, lo, hi, f, g, m);
    }

    @Override
    public void pairMaxChecked(double[] t, int n, int lo, int hi, int f, int g, double[] mx,
        double[] ok, int slot) {
      DenseKernel.pairMaxCheckedModerate(t, n, lo, hi, f, g, mx, ok, slot);
    }
  };

  private DenseKernel() { }

  /**
   * dst[(z2 << (w0 + w1)) | (z1 << w0) | z0] = src[base + (z0 << s0) + (z1 << s1) +
   * (z2 << s2)] for all z0 < 2^w0, z1 < 2^w1, z2 < 2^w2.
   */
  static void gather(double[] src, int base, int s0, int w0, int s1, int w1, int s2, int w2,
      double[] dst) {
    int n0 = 1 << w0;
    int n1 = 1 << w1;
    int n2 = 1 << w2;
    int j = 0;
    for (int z2 = 0; z2 < n2; z2++) {
      for (int z1 = 0; z1 < n1; z1++) {
        int from = base + (z1 << s1) + (z2 << s2);
        if (s0 == 0) {
          System.arraycopy(src, from, dst, j, n0);
          j += n0;
        } else {
          for (int z0 = 0; z0 < n0; z0++) {
            dst[j++] = src[from + (z0 << s0)];
          }
        }
      }
    }
  }

  /** dst[off + i] = (float) src[i] for i &lt; n (C2 vectorises the conversion). */
  static void toFloat(double[] src, float[] dst, int off, int n) {
    for (int i = 0; i < n; i++) {
      dst[off + i] = (float) src[i];
    }
  }

  /**
   * Max of the unchecked term over a buffer of n cells for pair bits lo < hi (as offsets
   * 1 << bit); {@code f}, {@code g} are the offsets of the first and second member in S order.
   * Returns max(m, every term); call only when no cost is 0.
   */
  static double pairMax(double[] t, int n, int lo, int hi, int f, int g, double m) {
    final int ab = lo + hi;
    for (int h = 0; h < n; h += hi << 1) {
      for (int mid = h; mid < h + hi; mid += lo << 1) {
        for (int x = mid, e = mid + lo; x < e; x++) {
          double c0 = t[x];
          double cf = t[x + f];
          double cg = t[x + g];
          double cab = t[x + ab];
          m = Math.max(m, Math.abs(cab - cf - cg + c0) / cab);
        }
      }
    }
    return m;
  }

  /**
   * As {@link #pairMax} with the zero-cost test; updates {@code mx[slot]} (max of valid
   * terms, 0 if none) and {@code ok[slot]} (1 once a valid term was seen).
   */
  static void pairMaxChecked(double[] t, int n, int lo, int hi, int f, int g, double[] mx,
      double[] ok, int slot) {
    final int ab = lo + hi;
    double m = mx[slot];
    double k = ok[slot];
    for (int h = 0; h < n; h += hi << 1) {
      for (int mid = h; mid < h + hi; mid += lo << 1) {
        for (int x = mid, e = mid + lo; x < e; x++) {
          double c0 = t[x];
          double cf = t[x + f];
          double cg = t[x + g];
          double cab = t[x + ab];
          double v = Math.min(Math.min(c0, cf), Math.min(cg, cab));
          double w = Math.min(v * 0x1p600 * 0x1p600, 1.0);
          // the numerator capped at the largest double: near Double.MAX_VALUE it overflows to
          // infinity, and a skipped term's 0 * infinity would be NaN (a kept one is >= 1 either
          // way, which the caller's min(max, 1) makes 1)
          double d = Math.min(Math.abs(cab - cf - cg + c0), Double.MAX_VALUE)
              / (cab + (1.0 - w));
          m = Math.max(m, w * d);
          k = Math.max(k, w);
        }
      }
    }
    mx[slot] = m;
    ok[slot] = k;
  }

  /**
   * As {@link #pairMaxChecked} for tables whose non-zero costs all lie in [2^-200, 2^200]
   * ({@link TableCheck#MODERATE}): the product of the four costs then neither underflows nor
   * overflows, so {@code w = signum(product)} is exactly 1 for a valid term and 0 (or -0.0,
   * from a -0.0 cost) otherwise; C2 vectorises signum, which is much cheaper on AVX2 than the
   * four NaN-aware {@code Math.min} of the general loop.
   */
  static void pairMaxCheckedModerate(double[] t, int n, int lo, int hi, int f, int g,
      double[] mx, double[] ok, int slot) {
    final int ab = lo + hi;
    double m = mx[slot];
    double k = ok[slot];
    for (int h = 0; h < n; h += hi << 1) {
      for (int mid = h; mid < h + hi; mid += lo << 1) {
        for (int x = mid, e = mid + lo; x < e; x++) {
          double c0 = t[x];
          double cf = t[x + f];
          double cg = t[x + g];
          double cab = t[x + ab];
          double w = Math.signum(c0 * cf * (cg * cab));
          double d = Math.abs(cab - cf - cg + c0) / (cab + (1.0 - w));
          m = Math.max(m, w * d);
          k = Math.max(k, w);
        }
      }
    }
    mx[slot] = m;
    ok[slot] = k;
  }
}
