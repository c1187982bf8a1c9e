package dev.llmchem.engine.cheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.llmchem.engine.testutil.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ChemMatrix with ceil(s/64) entry words per row: |S| &lt;= 64 unchanged, |S| &gt; 64 works. */
class ChemMatrixWideTest {
  /** A random symmetric matrix over s models with entry words; pairs listed as {a, b}. */
  private static ChemMatrix random(int s, Random r, List<int[]> pairs) {
    int w = ChemMatrix.words(s);
    double[] v = new double[s * s];
    long[] e = new long[s * w];
    for (int a = 0; a < s; a++) {
      for (int b = a + 1; b < s; b++) {
        if (r.nextInt(s) < 3) {
          double x = r.nextInt(4) / 3.0;
          v[a * s + b] = x;
          v[b * s + a] = x;
          e[a * w + (b >>> 6)] |= 1L << b;
          e[b * w + (a >>> 6)] |= 1L << a;
          pairs.add(new int[] {a, b});
        }
      }
    }
    return new ChemMatrix(s, v, e);
  }

  @Test
  void wideAndNarrowAgree() {
    long seed = Seeds.seed("ChemMatrixWideTest.wideAndNarrowAgree");
    Random r = new Random(seed);
    for (int rep = 0; rep < 60; rep++) {
      int s = 1 + r.nextInt(200);
      List<int[]> pairs = new ArrayList<>();
      ChemMatrix m = random(s, r, pairs);
      assertThat(m.entryCount()).isEqualTo(pairs.size());
      int[] flat = m.pairs(0.0, false);
      assertThat(flat.length).isEqualTo(2 * pairs.size());
      for (int k = 0; k < pairs.size(); k++) {
        assertThat(new int[] {flat[2 * k], flat[2 * k + 1]}).isEqualTo(pairs.get(k));
        assertThat(m.hasEntry(pairs.get(k)[1], pairs.get(k)[0])).isTrue();
      }
      int[] label = m.components(0.5, true);
      if (s <= 64) {
        long[] comps = m.stablePartition(0.5, true);
        for (int i = 0; i < s; i++) {
          assertThat(comps[label[i]] >>> i & 1).as("seed=" + seed).isEqualTo(1L);
          assertThat(m.entryWords(i)).containsExactly(m.entryRow(i));
        }
      } else {
        int a = r.nextInt(s);
        assertThatThrownBy(() -> m.entryRow(a)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> m.stablePartition(0, false))
            .isInstanceOf(IllegalStateException.class);
      }
      for (int[] p : m.pairs(0.5, true).length == 0 ? new int[0][] : toPairs(m.pairs(0.5, true))) {
        assertThat(label[p[0]]).isEqualTo(label[p[1]]);
      }
    }
  }

  private static int[][] toPairs(int[] flat) {
    int[][] out = new int[flat.length / 2][];
    for (int k = 0; k < out.length; k++) {
      out[k] = new int[] {flat[2 * k], flat[2 * k + 1]};
    }
    return out;
  }
}
