package dev.llmchem.engine.cheme;

/**
 * Single-precision twin of {@link DenseKernel} for {@link FloatCheme}: the same loops and the
 * same arithmetic zero test on {@code float} cells (the validity factor is
 * {@code min(min4 * 2^100 * 2^100, 1)}, exact for every non-zero float). Twice the lanes per
 * vector and half the memory traffic of the double kernel. Accumulators are kept as doubles
 * between calls (float to double is exact, so the max is unchanged).
 */
final class FloatKernel {
  /** These loops as a {@link FloatPairKernel} (the default, always available). */
  static final FloatPairKernel SCALAR = new FloatPairKernel() {
    @Override
    public String name() {
      return "scalar";
    }

    @Override
    public int minRun() {
      return 1;
    }

    @Override
    public float pairMax(float[] t, int n, int lo, int hi, int f, int g, float m) {
      return FloatKernel.pairMax(t, n, lo, hi, f, g, m);
    }

    @Override
    public void pairMaxChecked(float[] t, int n, int lo, int hi, int f, int g, double[] mx,
        double[] ok, int slot) {
      FloatKernel.pairMaxChecked(t, n, lo, hi, f, g, mx, ok, slot);
    }
  };

  private FloatKernel() { }

  /**
   * dst[(z2 << (w0 + w1)) | (z1 << w0) | z0] = src[base + (z0 << s0) + (z1 << s1) +
   * (z2 << s2)] for all z0 < 2^w0, z1 < 2^w1, z2 < 2^w2.
   */
  static void gather(float[] src, int base, int s0, int w0, int s1, int w1, int s2, int w2,
      float[] dst) {
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

  /**
   * Max of the unchecked term over a buffer of n cells for pair bits lo < hi (as offsets
   * 1 << bit); {@code f}, {@code g} are the offsets of the first and second member in S order.
   * Returns max(m, every term); call only when no cost is 0.
   */
  static float pairMax(float[] t, int n, int lo, int hi, int f, int g, float m) {
    final int ab = lo + hi;
    for (int h = 0; h < n; h += hi << 1) {
      for (int mid = h; mid < h + hi; mid += lo << 1) {
        for (int x = mid, e = mid + lo; x < e; x++) {
          float c0 = t[x];
          float cf = t[x + f];
          float cg = t[x + g];
          float cab = t[x + ab];
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
  static void pairMaxChecked(float[] t, int n, int lo, int hi, int f, int g, double[] mx,
      double[] ok, int slot) {
    final int ab = lo + hi;
    float m = (float) mx[slot];
    float k = (float) ok[slot];
    for (int h = 0; h < n; h += hi << 1) {
      for (int mid = h; mid < h + hi; mid += lo << 1) {
        for (int x = mid, e = mid + lo; x < e; x++) {
          float c0 = t[x];
          float cf = t[x + f];
          float cg = t[x + g];
          float cab = t[x + ab];
          float v = Math.min(Math.min(c0, cf), Math.min(cg, cab));
          float w = Math.min(v * 0x1p100f * 0x1p100f, 1.0f);
          float d = Math.abs(cab - cf - cg + c0) / (cab + (1.0f - w));
          m = Math.max(m, w * d);
          k = Math.max(k, w);
        }
      }
    }
    mx[slot] = m;
    ok[slot] = k;
  }
}
