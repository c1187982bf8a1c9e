package dev.llmchem.engine.cheme;

/**
 * The permuted copies of the dense kernel's buffer ({@link BlockPlan} layouts whose lane group
 * is not the natural lowest one), done as cache-friendly 8 x 8 tile transposes.
 *
 * <p>A permuted layout moves a group of bits that sits at a high position of the natural
 * buffer to the lowest bits. Copied element by element ({@link DenseKernel#gather}), the
 * source is read with a stride of 2^s0 cells: every load touches a different cache line, and
 * for the top group (a stride of 16 KiB) all 32 lines of a run fall into one L1 set, so they
 * evict each other and every load goes to L2. Measured at |U| = 20 on the 2-core AVX2 machine,
 * these copies took 40% of the dense kernel's time. Here the copy walks 8 x 8 tiles: for each
 * tile it reads 8 source lines of 8 contiguous cells (the natural lowest group, source shift
 * 0) and writes 8 destination lines of 8 contiguous cells, so every line is used whole while
 * it is in L1.
 *
 * <p>Result: identical to {@link DenseKernel#gather} with base 0 (tests compare the two on
 * random shapes). Static, allocation-free, thread-safe on distinct destination arrays.
 */
final class Transpose {
  /** Tile edge: 8 doubles (or 8 floats, half a line) per row of a tile. */
  private static final int T = 8;

  private Transpose() { }

  /**
   * dst[(z2 << (w0 + w1)) | (z1 << w0) | z0] = src[(z0 << s0) + (z1 << s1) + (z2 << s2)], as
   * {@code DenseKernel.gather(src, 0, ...)}; tiled when z1 is the source's contiguous group
   * ({@code s1 == 0}) and both z0 and z1 span at least 8 cells, else the plain gather.
   */
  static void permute(double[] src, int s0, int w0, int s1, int w1, int s2, int w2,
      double[] dst) {
    if (s1 != 0 || w0 < 3 || w1 < 3) {
      DenseKernel.gather(src, 0, s0, w0, s1, w1, s2, w2, dst);
      return;
    }
    int n0 = 1 << w0;
    int n1 = 1 << w1;
    int n2 = 1 << w2;
    for (int z2 = 0; z2 < n2; z2++) {
      int sb = z2 << s2;
      int db = z2 << (w0 + w1);
      for (int a = 0; a < n1; a += T) {
        for (int b = 0; b < n0; b += T) {
          for (int i = 0; i < T; i++) {
            int s = sb + ((b + i) << s0) + a;
            int d = db + (a << w0) + b + i;
            for (int j = 0; j < T; j++) {
              dst[d + (j << w0)] = src[s + j];
            }
          }
        }
      }
    }
  }

  /** {@link #permute(double[], int, int, int, int, int, int, double[])} for float buffers. */
  static void permute(float[] src, int s0, int w0, int s1, int w1, int s2, int w2,
      float[] dst) {
    if (s1 != 0 || w0 < 3 || w1 < 3) {
      FloatKernel.gather(src, 0, s0, w0, s1, w1, s2, w2, dst);
      return;
    }
    int n0 = 1 << w0;
    int n1 = 1 << w1;
    int n2 = 1 << w2;
    for (int z2 = 0; z2 < n2; z2++) {
      int sb = z2 << s2;
      int db = z2 << (w0 + w1);
      for (int a = 0; a < n1; a += T) {
        for (int b = 0; b < n0; b += T) {
          for (int i = 0; i < T; i++) {
            int s = sb + ((b + i) << s0) + a;
            int d = db + (a << w0) + b + i;
            for (int j = 0; j < T; j++) {
              dst[d + (j << w0)] = src[s + j];
            }
          }
        }
      }
    }
  }
}
