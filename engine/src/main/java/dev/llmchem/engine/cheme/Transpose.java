package dev.llmchem.engine.cheme;

/**
 * The permuted copies of the dense kernel's buffer ({@link BlockPlan} layouts whose lane group
 * is not the natural lowest one), done as cache-friendly transposes in runs of 8 cells.
 *
 * <p>A permuted layout moves a group of bits that sits at a high position of the natural
 * buffer to the lowest bits. Copied element by element ({@link DenseKernel#gather}), the
 * source is read with a stride of 2^s0 cells: every load touches a different cache line, and
 * for the top group (a stride of 16 KiB) all 32 lines of a run fall into one L1 set, so they
 * evict each other and every load goes to L2. Measured at |U| = 20 on the 2-core AVX2 machine,
 * these copies took 40% of the dense kernel's time. Here the copy reads 8 contiguous cells of
 * the source's lowest group (one line) into locals and stores them 8 destination rows apart;
 * the next source row fills the neighbouring cells of the same 8 destination lines, which stay
 * in L1. Per 2^16 cells: 44-49 us for either layout (the element copy: 66 / 242 us; 8 x 8
 * tiles with inner loops: 74-78 us).
 *
 * <p>Result: identical to {@link DenseKernel#gather} with base 0 (tests compare the two on
 * random shapes). Static, allocation-free, thread-safe on distinct destination arrays.
 */
final class Transpose {
  /** Cells copied per source run: 8 doubles (a line). */
  private static final int T = 8;

  private Transpose() { }

  /**
   * dst[(z2 << (w0 + w1)) | (z1 << w0) | z0] = src[(z0 << s0) + (z1 << s1) + (z2 << s2)], as
   * {@code DenseKernel.gather(src, 0, ...)}; the fast form when z1 is the source's contiguous
   * group ({@code s1 == 0}) of at least 8 cells, else the plain gather.
   */
  static void permute(double[] src, int s0, int w0, int s1, int w1, int s2, int w2,
      double[] dst) {
    if (s1 != 0 || w1 < 3) {
      DenseKernel.gather(src, 0, s0, w0, s1, w1, s2, w2, dst);
      return;
    }
    int n0 = 1 << w0;
    int n1 = 1 << w1;
    int n2 = 1 << w2;
    final int st = n0;
    for (int z2 = 0; z2 < n2; z2++) {
      int sb = z2 << s2;
      int db = z2 << (w0 + w1);
      for (int a = 0; a < n1; a += T) {
        for (int b = 0; b < n0; b++) {
          int s = sb + (b << s0) + a;
          int d = db + (a << w0) + b;
          double v0 = src[s];
          double v1 = src[s + 1];
          double v2 = src[s + 2];
          double v3 = src[s + 3];
          double v4 = src[s + 4];
          double v5 = src[s + 5];
          double v6 = src[s + 6];
          double v7 = src[s + 7];
          dst[d] = v0;
          dst[d + st] = v1;
          dst[d + 2 * st] = v2;
          dst[d + 3 * st] = v3;
          dst[d + 4 * st] = v4;
          dst[d + 5 * st] = v5;
          dst[d + 6 * st] = v6;
          dst[d + 7 * st] = v7;
        }
      }
    }
  }
}
