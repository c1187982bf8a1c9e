package dev.llmchem.engine.cheme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a pass is cut into work items when there are fewer sub-cubes than workers need. */
class DenseDriverTest {
  @Test
  void eachPermutedLayoutIsOneSliceAndTheNaturalOneIsCutForBalance() {
    for (int u = 3; u <= 16; u++) {
      for (int slices : new int[] {2, 5, 17, 64}) {
        for (BlockPlan.Pass p : new BlockPlan(u, 6, 5).passes) {
          int[] c = DenseDriver.cuts(p, slices);
          assertThat(c[0]).isZero();
          assertThat(c[c.length - 1]).isEqualTo(p.pairCount);
          for (int i = 1; i < c.length; i++) {
            assertThat(c[i]).as("u=%d slices=%d", u, slices).isGreaterThan(c[i - 1]);
          }
          int ord = 0;
          for (BlockPlan.Layout lay : p.layouts) {
            int n = lay.pairCount();
            int inside = 0; // cut points in (ord, ord + n]: the slices ending in this layout
            for (int i = 1; i < c.length; i++) {
              inside += c[i] > ord && c[i] <= ord + n ? 1 : 0;
            }
            if (lay.groups[0] != 0) {
              assertThat(inside).as("u=%d permuted layout cut once", u).isEqualTo(1);
            } else {
              assertThat(inside).isEqualTo(Math.min(slices, n));
            }
            ord += n;
          }
        }
      }
    }
  }

  @Test
  void permutedLayoutsComeFirstInEveryPass() {
    for (int u = 3; u <= 30; u++) {
      for (BlockPlan.Pass p : new BlockPlan(u, 6, 5).passes) {
        boolean seenNatural = false;
        for (BlockPlan.Layout lay : p.layouts) {
          if (lay.groups[0] == 0) {
            seenNatural = true;
          } else {
            assertThat(seenNatural).as("u=%d", u).isFalse();
          }
        }
      }
    }
  }
}
