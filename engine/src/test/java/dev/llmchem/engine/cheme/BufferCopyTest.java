package dev.llmchem.engine.cheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmchem.engine.testutil.Permutations;
import dev.llmchem.engine.testutil.Seeds;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast buffer paths of the dense kernel against their simple twins: the tiled
 * {@link Transpose#permute} against the element-by-element {@link DenseKernel#gather}, and the
 * chunked min/max {@link TableCheck#scan} against the cell-by-cell
 * {@link TableCheck#scanExactly}. Random shapes and tables; the seed is printed.
 */
class BufferCopyTest {
  @Test
  void tiledPermuteEqualsGather() {
    long seed = Seeds.seed("BufferCopyTest.tiledPermuteEqualsGather");
    Random r = new Random(seed);
    for (int rep = 0; rep < 300; rep++) {
      int[] w = {1 + r.nextInt(6), 1 + r.nextInt(6), r.nextInt(5)};
      int bits = w[0] + w[1] + w[2];
      // a permutation of the three groups in the source: z1 is often the contiguous one
      int[] order = r.nextInt(4) == 0 ? Permutations.random(3, r) : new int[] {1, 0, 2};
      int[] shift = new int[3];
      int pos = 0;
      for (int q : order) {
        shift[q] = pos;
        pos += w[q];
      }
      double[] src = new double[1 << bits];
      for (int i = 0; i < src.length; i++) {
        src[i] = r.nextDouble();
      }
      double[] want = new double[src.length];
      double[] got = new double[src.length];
      DenseKernel.gather(src, 0, shift[0], w[0], shift[1], w[1], shift[2], w[2], want);
      Transpose.permute(src, shift[0], w[0], shift[1], w[1], shift[2], w[2], got);
      assertThat(got).as("seed=%d rep=%d widths=%s", seed, rep, java.util.Arrays.toString(w))
          .containsExactly(want);
    }
  }

  @Test
  void chunkedScanEqualsCellScan() {
    long seed = Seeds.seed("BufferCopyTest.chunkedScanEqualsCellScan");
    Random r = new Random(seed);
    double[] odd = {0.0, -0.0, 0x1p-201, 0x1p-200, 0x1p200, 0x1p201, Double.MIN_VALUE,
        Double.MAX_VALUE, 0x1p-101, 0x1p-100, 0x1p100, 0x1p101, 1e-3, 1e3};
    double[] bad = {-1e-300, -1.0, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY};
    for (int rep = 0; rep < 400; rep++) {
      int u = r.nextInt(15);
      double[] t = new double[1 << u];
      for (int i = 0; i < t.length; i++) {
        t[i] = 0.01 + r.nextDouble();
      }
      int specials = r.nextInt(4);
      for (int k = 0; k < specials; k++) {
        t[r.nextInt(t.length)] = odd[r.nextInt(odd.length)];
      }
      boolean poisoned = r.nextInt(5) == 0;
      if (poisoned) {
        t[r.nextInt(t.length)] = bad[r.nextInt(bad.length)];
      }
      String oracle;
      try {
        oracle = "flags " + TableCheck.scanExactly(t, 0, t.length).toString();
      } catch (IllegalArgumentException e) {
        oracle = e.getMessage();
      }
      if (oracle.startsWith("flags ")) {
        assertThat("flags " + TableCheck.summarize(t, u)).as("seed=%d rep=%d", seed, rep)
            .isEqualTo(oracle);
      } else {
        String message = oracle;
        assertThatThrownBy(() -> TableCheck.scan(t, u)).as("seed=%d rep=%d", seed, rep)
            .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
      }
    }
  }
}
